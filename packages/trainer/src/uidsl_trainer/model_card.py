"""The model card (README.md next to the exported model), written from the pipeline's report so every
figure in it is one the run measured."""

from __future__ import annotations

from pathlib import Path


def _pct(x) -> str:
    return f"{100 * x:.1f}%" if isinstance(x, (int, float)) else "not measured"


def _min(seconds) -> str:
    return f"{seconds / 60:.1f} min" if isinstance(seconds, (int, float)) else "n/a"


def write_model_card(path: Path, r: dict, note: str = "") -> None:
    data, tok, pre, ft = r.get("data", {}), r.get("tokenizer", {}), r.get("pretrain", {}), r.get("finetune", {})
    gen = data.get("generator") or {}
    test, dev, parity, hw = r.get("test", {}), r.get("dev", {}), r.get("parity", {}), r.get("hardware", {})
    lora = ft.get("lora") or {}
    size = pre.get("size", {})
    lines = [
        "# UI-DSL seq2seq model",
        "",
        *( [f"> {note}", ""] if note else [] ),
        "Turns a Chinese page description into a minified UI-DSL document. A T5 model pretrained here from",
        "scratch with span corruption, adapted with a LoRA adapter (PEFT), merged and exported to ONNX for",
        "Transformers.js / ONNX Runtime (`onnx/*_quantized.onnx` are the int8 variants).",
        "",
        "## Data",
        f"- dataset: `{data.get('dir')}`, generator seed {gen.get('seed', 'n/a')}, {gen.get('count', 'n/a')} records generated",
        f"- used: {data.get('train')} train, {data.get('val')} validation, {data.get('test')} test records",
        "",
        "## Tokenizer",
        f"- BPE with byte fallback (no unknown tokens), {tok.get('vocab_size', 'n/a')} tokens, JSON punctuation runs and each Han character as pre-tokens",
        f"- average tokens per document: {tok.get('avg_tokens_per_document', 'n/a')} (average {tok.get('avg_chars_per_document', 'n/a')} characters); per instruction: {tok.get('avg_tokens_per_instruction', 'n/a')}",
        f"- round trip `decode(encode(x)) == x`: test split {tok.get('round_trip_test_split', 'n/a')}, dev set {tok.get('round_trip_dev_set', 'n/a')}",
        "",
        "## Architecture",
        f"- `T5ForConditionalGeneration`, {pre.get('parameters', 'n/a')} parameters: d_model {size.get('d_model')}, d_ff {size.get('d_ff')} (ReLU),"
        f" {size.get('num_layers')} encoder + {size.get('num_decoder_layers')} decoder layers, {size.get('num_heads')} heads, tied embeddings",
        f"- pretraining: span corruption (15% noise, mean span 3) on instructions and documents separately,"
        f" {_pct(pre.get('reconstruct_share', 0))} of the texts with the whole text as the target (text infilling), {pre.get('steps', 'n/a')} steps,"
        f" {_min(pre.get('train_seconds'))}, validation loss {pre.get('eval_loss', float('nan')):.3f}" if pre else "- base: " + str(ft.get("base_model")),
        "",
        "## Fine-tuning",
        (
            f"- LoRA: `LoraConfig(task_type=SEQ_2_SEQ_LM, r={lora.get('r')}, lora_alpha={lora.get('alpha')}, lora_dropout={lora.get('dropout')},"
            f" target_modules={lora.get('targets')}, modules_to_save={lora.get('modules_to_save') or None})`"
            if lora
            else "- full fine-tuning: every weight trained (no adapter)"
        ),
        f"- trainable parameters: {ft.get('trainable_parameters')} of {ft.get('total_parameters')} ({_pct(ft.get('trainable_share'))}), adapter {ft.get('saved_bytes', 0) / 1e6:.2f} MB",
        f"- {ft.get('steps')} steps (batch {ft.get('settings', {}).get('batch_size')}, lr {ft.get('settings', {}).get('lr')}, cosine with warmup,"
        f" grad clip {ft.get('settings', {}).get('max_grad_norm')}), {_min(ft.get('train_seconds'))}, validation loss {ft.get('eval_loss', float('nan')):.4f}",
        *( [f"- continued from the adapter in `{ft['init_adapter']}`: the steps and time above are this run's alone"] if ft.get("init_adapter") else [] ),
        f"- hardware: {hw.get('cpus')} CPU threads ({hw.get('machine')}), CUDA {hw.get('cuda')}",
        "",
        "## Metrics (greedy, no repair, no constrained decoding)",
        f"- synthetic test split ({test.get('examples', 'n/a')} records): JSON parses {_pct(test.get('json_parse_rate'))},"
        f" schema-valid {_pct(test.get('schema_valid_rate'))}, exact match {_pct(test.get('exact_match'))}",
        f"- shared dev set (`score.mjs`): items correct {_pct(dev.get('items_correct'))}, checks passed {_pct(dev.get('checks_passed'))}, valid pages {_pct(dev.get('valid_pages'))}",
        (
            f"- reads its input: validation loss {rel['loss_own_instruction']} with each record's own instruction,"
            f" {rel['loss_other_instruction']} with another record's ({rel['ratio']}x)"
            if (rel := r.get("encoder_reliance"))
            else "- reads its input: not measured"
        ),
        f"- ONNX parity: max |logit diff| {parity.get('max_logit_diff', 'n/a')} (tolerance {parity.get('logit_tolerance', 'n/a')}),"
        f" fp32 greedy identical {parity.get('greedy_identical')}/{parity.get('greedy_checked')},"
        f" int8 greedy agreeing {parity.get('quantized_agreeing')}/{parity.get('greedy_checked')}"
        f" (of the rest, {parity.get('quantized_near_ties', 'n/a')} part where fp32 rated the int8 token within {parity.get('tie_margin', 'n/a')} logits of its own)",
        f"- size on disk: {r.get('export_bytes', 0) / 1e6:.1f} MB",
        "",
        "Every figure above was written by `uidsl-train pipeline` from its own run (`metrics.json` holds them all).",
        "",
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
