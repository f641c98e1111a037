-- Demo data (profiles local and test only: db/demo is on the Flyway path of those profiles, see nuoer-common.yml).
-- Repeatable and idempotent: explicit ids below 10000 (identities start there) and "on conflict do nothing", so a
-- changed checksum re-runs it without duplicating or overwriting anything.
-- Passwords are BCrypt (strength 10, spring-security-crypto BCryptPasswordEncoder):
--   admin / Admin@123 (crm), sales01 / Sales@123 (sales), demo / Demo@123 (beeback),
--   disabled01 / Disabled@123 (beeback, state -1 已注销: login refused with 40104).

insert into user_account (id, username, password_hash, nickname, real_name, mobile, email, state, auth_type, is_test,
                          tenant_id, source_appcode)
values (1, 'admin', '$2a$10$sj5l7NnyNT93m9TiXYgV2.sSc2DvTml48QxDx.4QbjXPSpviVjMg.', '管理员', '系统管理员',
        '13800000000', 'admin@nuoer.example', 10, 0, false, 1, 'crm'),
       (2, 'sales01', '$2a$10$/BINE9ey2n0x4LSYPsRUHeavl2WdYWZP3rZFmqfloO79GcwP2umB.', '王销售', '王小明',
        '13800000001', 'sales01@nuoer.example', 10, 0, false, 1, 'sales'),
       (3, 'demo', '$2a$10$BNmMhQMKuwjD2Mp93ydQCutRpY64kAifg/zuoNYBZoQZyax9sPate', '演示用户', '张演示',
        '13900000001', 'demo@demo-tech.example', 10, 20, true, 1, 'beeback'),
       (4, 'disabled01', '$2a$10$ZA.e25DLnh0XpSy5o9lS5uzS9VaXqhbGvZpJd.HdYuZ.C6FV7mIhq', '已注销用户', '李停用',
        '13900000002', null, -1, 0, true, 1, 'beeback')
on conflict do nothing;

-- each user may log in only to its own app
insert into user_app (user_id, appcode)
values (1, 'crm'), (2, 'sales'), (3, 'beeback'), (4, 'beeback')
on conflict do nothing;

-- platform staff (merchant 1 = the operator 诺尔数据, nuoer.platform.merchant-id)
insert into role (id, code, name, appcode, merchant_id, remark, deletable)
values (1, 'admin', '超级管理员', 'crm', 1, '拥有运营后台全部菜单', false),
       (2, 'salesman', '销售员', 'sales', 1, '业务平台销售员', false),
       (3, 'admin', '业务平台管理员', 'sales', 1, '可查看全部客户', false)
on conflict do nothing;

insert into staff (id, user_id, name, mobile, email, merchant_id, appcode, remark)
values (1, 1, '系统管理员', '13800000000', 'admin@nuoer.example', 1, 'crm', '演示: 运营管理员'),
       (2, 2, '王销售', '13800000001', 'sales01@nuoer.example', 1, 'sales', '演示: 内部销售员')
on conflict do nothing;

insert into staff_role (staff_id, role_id)
values (1, 1), (2, 2)
on conflict do nothing;

insert into salesman_view (user_id, salesman_id, role_type, is_app_manage)
values (2, 2, 'inner', false)
on conflict do nothing;

-- the demo customer, maintained by sales01, with its production developer account
insert into organization (id, merchant_id, organization_name, alias_name, mobile, state, industry, linkman, link_mobile,
                          email, owner_user_id, customer_type, source_appcode, assistant_id, create_by)
values (1, 100001, '杭州演示科技有限公司', '演示科技', '13900000001', 10, 'LEASE3C', '张演示', '13900000001',
        'demo@demo-tech.example', 3, 20, 'sales', 2, 2)
on conflict do nothing;

insert into dept (id, organization_id, user_id, dept_name, app_id, app_secret, env, status, white_ip_list, overdraft_type,
                  emails)
values (1, 1, 3, '杭州演示科技有限公司', 'nuoer_demo_app01', '2a8d269183cf5793b0207acd8f916d80', 'prod', 1, 'off', 0,
        'demo@demo-tech.example')
on conflict do nothing;
