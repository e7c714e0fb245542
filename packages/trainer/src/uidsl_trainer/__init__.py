"""Trainer for the UI-DSL model: tokenizer, span-corruption pretraining, LoRA fine-tuning, ONNX export."""

__version__ = "0.1.0"
