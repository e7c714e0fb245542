/* Generated from schemas/ui-dsl.schema.json by `npm run gen:types`. Do not edit. */

/**
 * This interface was referenced by `UiDslDocument`'s JSON-Schema
 * via the `definition` "pageName".
 */
export type PageName = ("home_page" | "detail_page" | "search_page" | "profile_page" | "publish_page" | "login_page" | "cart_page" | "order_page" | "settings_page" | "article_page" | "message_page" | "checkout_page")
/**
 * This interface was referenced by `UiDslDocument`'s JSON-Schema
 * via the `definition` "themeName".
 */
export type ThemeName = ("obsidian-gold" | "silver-white" | "minimal" | "ocean-blue" | "forest-green" | "sakura-pink" | "tech-purple" | "sunset-orange")
/**
 * This interface was referenced by `UiDslDocument`'s JSON-Schema
 * via the `definition` "color".
 */
export type Color = string
/**
 * This interface was referenced by `UiDslDocument`'s JSON-Schema
 * via the `definition` "section".
 */
export type Section = (SectionTopbar | SectionTabs | SectionCardList | SectionCarousel | SectionPrice | SectionSeller | SectionProof | SectionCta | SectionTabbar | SectionUserInfo | SectionMenuList | SectionForm | SectionFilters | SectionSearchBar | SectionBanner | SectionGridMenu | SectionNoticeBar | SectionList | SectionText | SectionStats | SectionSteps)
/**
 * This interface was referenced by `UiDslDocument`'s JSON-Schema
 * via the `definition` "icon".
 */
export type Icon = ("search" | "bell" | "cart" | "share" | "more" | "back" | "settings" | "scan" | "message" | "home" | "category" | "plus" | "user" | "heart" | "star" | "order" | "wallet" | "coupon" | "address" | "service" | "help" | "logout" | "edit" | "camera" | "location" | "gift" | "vip" | "history" | "phone" | "lock" | "notice" | "filter" | "menu" | "close" | "chat" | "like" | "comment" | "download" | "upload" | "calendar" | "bookmark" | "fire" | "tag" | "truck" | "shop" | "video" | "image" | "payment" | "refund" | "qrcode" | "info" | "check")
/**
 * This interface was referenced by `UiDslDocument`'s JSON-Schema
 * via the `definition` "sectionType".
 */
export type SectionType = ("topbar" | "tabs" | "card-list" | "carousel" | "price" | "seller" | "proof" | "cta" | "tabbar" | "user-info" | "menu-list" | "form" | "filters" | "search-bar" | "banner" | "grid-menu" | "notice-bar" | "list" | "text" | "stats" | "steps")

/**
 * A UI-DSL v1 document: one page with a type, a theme, a layout and typed sections, top to bottom.
 */
export interface UiDslDocument {
page: Page
}
/**
 * This interface was referenced by `UiDslDocument`'s JSON-Schema
 * via the `definition` "page".
 */
export interface Page {
name: PageName
theme: ThemeName
layout?: Layout
/**
 * @minItems 0
 * @maxItems 30
 */
sections: Section[]
}
/**
 * This interface was referenced by `UiDslDocument`'s JSON-Schema
 * via the `definition` "layout".
 */
export interface Layout {
grid?: number
gutter?: number
padding?: number
bg?: Color
}
/**
 * This interface was referenced by `UiDslDocument`'s JSON-Schema
 * via the `definition` "section_topbar".
 */
export interface SectionTopbar {
type: "topbar"
props: {
title?: string
logo?: string
/**
 * @minItems 0
 * @maxItems 5
 */
actions?: Icon[]
}
}
/**
 * This interface was referenced by `UiDslDocument`'s JSON-Schema
 * via the `definition` "section_tabs".
 */
export interface SectionTabs {
type: "tabs"
props: {
/**
 * @minItems 1
 * @maxItems 10
 */
items?: [string, ...(string)[]]
active?: number
}
}
/**
 * This interface was referenced by `UiDslDocument`'s JSON-Schema
 * via the `definition` "section_card_list".
 */
export interface SectionCardList {
type: "card-list"
props: {
columns?: (1 | 2 | 3)
card?: {
type: ("product-card" | "article-card" | "user-card" | "shop-card" | "video-card")
}
count?: number
}
}
/**
 * This interface was referenced by `UiDslDocument`'s JSON-Schema
 * via the `definition` "section_carousel".
 */
export interface SectionCarousel {
type: "carousel"
props: {
count?: number
height?: number
autoplay?: boolean
}
}
/**
 * This interface was referenced by `UiDslDocument`'s JSON-Schema
 * via the `definition` "section_price".
 */
export interface SectionPrice {
type: "price"
props: {
value?: number
original?: number
currency?: string
}
}
/**
 * This interface was referenced by `UiDslDocument`'s JSON-Schema
 * via the `definition` "section_seller".
 */
export interface SectionSeller {
type: "seller"
props: {
name?: string
rating?: number
verified?: boolean
}
}
/**
 * This interface was referenced by `UiDslDocument`'s JSON-Schema
 * via the `definition` "section_proof".
 */
export interface SectionProof {
type: "proof"
props: {
/**
 * @minItems 1
 * @maxItems 6
 */
items?: [string, ...(string)[]]
}
}
/**
 * This interface was referenced by `UiDslDocument`'s JSON-Schema
 * via the `definition` "section_cta".
 */
export interface SectionCta {
type: "cta"
props: {
text?: string
secondary?: string
}
}
/**
 * This interface was referenced by `UiDslDocument`'s JSON-Schema
 * via the `definition` "section_tabbar".
 */
export interface SectionTabbar {
type: "tabbar"
props: {
/**
 * @minItems 2
 * @maxItems 5
 */
items?: [Icon, Icon, ...(Icon)[]]
}
}
/**
 * This interface was referenced by `UiDslDocument`'s JSON-Schema
 * via the `definition` "section_user_info".
 */
export interface SectionUserInfo {
type: "user-info"
props: {
name?: string
avatar?: boolean
/**
 * @minItems 0
 * @maxItems 5
 */
stats?: string[]
}
}
/**
 * This interface was referenced by `UiDslDocument`'s JSON-Schema
 * via the `definition` "section_menu_list".
 */
export interface SectionMenuList {
type: "menu-list"
props: {
/**
 * @minItems 1
 * @maxItems 12
 */
items?: [IconLabel, ...(IconLabel)[]]
}
}
/**
 * This interface was referenced by `UiDslDocument`'s JSON-Schema
 * via the `definition` "iconLabel".
 */
export interface IconLabel {
icon?: Icon
label: string
}
/**
 * This interface was referenced by `UiDslDocument`'s JSON-Schema
 * via the `definition` "section_form".
 */
export interface SectionForm {
type: "form"
props: {
/**
 * @minItems 1
 * @maxItems 12
 */
fields?: [Field, ...(Field)[]]
submit?: string
}
}
/**
 * This interface was referenced by `UiDslDocument`'s JSON-Schema
 * via the `definition` "field".
 */
export interface Field {
label: string
type: ("text" | "number" | "password" | "textarea" | "select" | "image" | "date" | "phone")
}
/**
 * This interface was referenced by `UiDslDocument`'s JSON-Schema
 * via the `definition` "section_filters".
 */
export interface SectionFilters {
type: "filters"
props: {
/**
 * @minItems 1
 * @maxItems 10
 */
items?: [string, ...(string)[]]
}
}
/**
 * This interface was referenced by `UiDslDocument`'s JSON-Schema
 * via the `definition` "section_search_bar".
 */
export interface SectionSearchBar {
type: "search-bar"
props: {
placeholder?: string
}
}
/**
 * This interface was referenced by `UiDslDocument`'s JSON-Schema
 * via the `definition` "section_banner".
 */
export interface SectionBanner {
type: "banner"
props: {
title?: string
subtitle?: string
}
}
/**
 * This interface was referenced by `UiDslDocument`'s JSON-Schema
 * via the `definition` "section_grid_menu".
 */
export interface SectionGridMenu {
type: "grid-menu"
props: {
/**
 * @minItems 1
 * @maxItems 12
 */
items?: [IconLabel, ...(IconLabel)[]]
columns?: number
}
}
/**
 * This interface was referenced by `UiDslDocument`'s JSON-Schema
 * via the `definition` "section_notice_bar".
 */
export interface SectionNoticeBar {
type: "notice-bar"
props: {
text?: string
}
}
/**
 * This interface was referenced by `UiDslDocument`'s JSON-Schema
 * via the `definition` "section_list".
 */
export interface SectionList {
type: "list"
props: {
/**
 * @minItems 1
 * @maxItems 20
 */
items?: [ListItem, ...(ListItem)[]]
style?: ("plain" | "card" | "chat")
}
}
/**
 * This interface was referenced by `UiDslDocument`'s JSON-Schema
 * via the `definition` "listItem".
 */
export interface ListItem {
title: string
subtitle?: string
}
/**
 * This interface was referenced by `UiDslDocument`'s JSON-Schema
 * via the `definition` "section_text".
 */
export interface SectionText {
type: "text"
props: {
title?: string
body?: string
}
}
/**
 * This interface was referenced by `UiDslDocument`'s JSON-Schema
 * via the `definition` "section_stats".
 */
export interface SectionStats {
type: "stats"
props: {
/**
 * @minItems 1
 * @maxItems 6
 */
items?: [Stat, ...(Stat)[]]
}
}
/**
 * This interface was referenced by `UiDslDocument`'s JSON-Schema
 * via the `definition` "stat".
 */
export interface Stat {
label: string
value: (string | number)
}
/**
 * This interface was referenced by `UiDslDocument`'s JSON-Schema
 * via the `definition` "section_steps".
 */
export interface SectionSteps {
type: "steps"
props: {
/**
 * @minItems 2
 * @maxItems 6
 */
items?: [string, string, ...(string)[]]
active?: number
}
}
