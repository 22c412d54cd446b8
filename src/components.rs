//! Widgets the pages compose: they render state and call the state handles; one per file.
//! They import the pure floors, `state` and `route`, never `app` or `pages`.

pub mod absolute_risk_view;
pub mod advice_steps;
pub mod answers_summary;
pub mod app_status_bar;
pub mod backup_panel;
pub mod check_form_view;
pub mod choice_list;
pub mod copy_link_button;
pub mod factor_bars;
pub mod guide_text;
pub mod history_comparison;
pub mod install_offer;
pub mod link_notice;
pub mod next_week_prompt;
pub mod number_field;
pub mod physio_prompt;
pub mod physio_report;
pub mod plan_weeks;
pub mod qr_code_view;
pub mod red_flag_alert;
pub mod result_panel;
pub mod save_controls;
pub mod select_field;
pub mod set_aside_notice;
pub mod share_box;
pub mod site_footer;
pub mod site_header;
pub mod storage_notice;
pub mod symptom_log;
pub mod symptom_trend;
pub mod trend_chart;
pub mod units_choice;
pub mod unknown_list;
pub mod what_if_list;
pub mod whole_app_views;
