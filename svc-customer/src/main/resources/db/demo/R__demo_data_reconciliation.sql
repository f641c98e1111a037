-- Demo data of the platform reconciliation's menu (issue 15; an ops feature outside the seed API document):
-- 财务中心 › 平台对账 (crm:reconciliation), guarding svc-billing's /mt/crm/reconciliation/**. The admin role grants
-- every menu by itself; the finance role (1002, R__demo_data_iam.sql) gets it here. Runs after R__demo_data_iam.sql
-- (repeatable migrations run in description order); idempotent, fixed id.
insert into page_menu (id, appcode, code, title, pid, level, component, icon, is_dir, path, buttons, sort, extra)
values (60, 'crm', 'crm:reconciliation', '平台对账', 12, 2, 'views/finance/reconciliation', 'chart', false,
        '/finance/reconciliation', '[{"label":"立即对账","value":"run"}]', 9, '{}')
on conflict do nothing;

insert into role_menu (role_id, page_menu_id, operable_buttons)
values (1002, 60, '["run"]')
on conflict do nothing;
