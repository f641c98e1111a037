-- Demo data (issue 15): the crm menu of the audit log (/mt/crm/audit/**, menu code crm:audit) under 系统设置.
-- Only the app's admin role sees it (admin holds every menu); no other demo role is granted it, so ops01 gets 403.
-- Runs after R__demo_data_iam.sql (page_menu 19). Idempotent.
insert into page_menu (id, appcode, code, title, pid, level, component, icon, is_dir, path, buttons, sort, extra)
values (25, 'crm', 'crm:audit', '审计日志', 19, 2, 'views/system/audit', 'eye-open', false, '/system/audit', '[]', 4,
        '{}')
on conflict do nothing;
