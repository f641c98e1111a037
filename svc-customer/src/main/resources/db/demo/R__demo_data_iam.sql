-- IAM demo data (issue 3: menus, roles, departments, staff). Profiles local/test only; repeatable and idempotent
-- ("on conflict do nothing", fixed ids below 10000). Runs after R__demo_data.sql (admin, sales01, roles 1-3, staff
-- 1-2). Ids of this part: user_account/staff/role 1001-1099, page_menu 1-199, org_department 1-99.
-- Passwords (BCrypt 10): ops01 / Ops@123 (crm, role operator: 首页 + 客户列表 only), liqiang, zhaomin, sales03 /
-- Staff@123; peersync / Sync@123 (crm, role peersync: only the crm:sync menu — the account a peer environment
-- uses for the sync* endpoints).

-- ---------------------------------------------------------------- page menus: crm
insert into page_menu (id, appcode, code, title, pid, level, component, icon, is_dir, path, buttons, sort, extra)
values (1, 'crm', 'crm:index', '首页', 0, 1, 'views/index/index', 'dashboard', false, '/index', '[]', 1, '{}'),
       (2, 'crm', 'crm:dir:customer', '客户中心', 0, 1, 'Layout', 'peoples', true, '/customer', '[]', 2, '{}'),
       (3, 'crm', 'crm:customer', '客户列表', 2, 2, 'views/customer/list', 'list', false, '/customer/list',
        '[{"label":"新增","value":"add"},{"label":"编辑","value":"edit"},{"label":"删除","value":"delete"},{"label":"导出","value":"export"}]', 1, '{}'),
       (4, 'crm', 'crm:customer:apply', '注册审核', 2, 2, 'views/customer/apply', 'form', false, '/customer/apply',
        '[{"label":"审核","value":"audit"}]', 2, '{}'),
       (5, 'crm', 'crm:customer:auth', '认证审核', 2, 2, 'views/customer/auth', 'validCode', false, '/customer/auth',
        '[{"label":"审核","value":"audit"},{"label":"人工认证","value":"manualAuth"}]', 3, '{}'),
       (6, 'crm', 'crm:deptItem', '产品授权', 2, 2, 'views/customer/deptItem', 'lock', false, '/customer/deptItem',
        '[{"label":"授权","value":"accredit"},{"label":"调价","value":"adjust"}]', 4, '{}'),
       (7, 'crm', 'crm:marketing', '营销客户', 2, 2, 'views/customer/marketing', 'message', false, '/customer/marketing',
        '[{"label":"订阅","value":"subscribe"}]', 5, '{}'),
       (8, 'crm', 'crm:dir:product', '产品中心', 0, 1, 'Layout', 'shopping', true, '/product', '[]', 3, '{}'),
       (9, 'crm', 'crm:checkItem', '产品管理', 8, 2, 'views/product/checkItem', 'component', false, '/product/checkItem',
        '[{"label":"新增","value":"add"},{"label":"编辑","value":"edit"},{"label":"上下架","value":"changeState"}]', 1, '{}'),
       (10, 'crm', 'crm:api', '调用记录', 8, 2, 'views/product/apiRecord', 'log', false, '/product/apiRecord',
        '[{"label":"导出","value":"export"}]', 2, '{}'),
       (11, 'crm', 'crm:model', '模型管理', 8, 2, 'views/product/model', 'tree', false, '/product/model',
        '[{"label":"匹配","value":"match"}]', 3, '{}'),
       (12, 'crm', 'crm:dir:finance', '财务中心', 0, 1, 'Layout', 'money', true, '/finance', '[]', 4, '{}'),
       (13, 'crm', 'crm:bill', '账单管理', 12, 2, 'views/finance/bill', 'documentation', false, '/finance/bill',
        '[{"label":"复核","value":"recheck"},{"label":"导出","value":"export"}]', 1, '{}'),
       (14, 'crm', 'crm:invoice', '发票管理', 12, 2, 'views/finance/invoice', 'excel', false, '/finance/invoice',
        '[{"label":"开票","value":"issue"}]', 2, '{}'),
       (15, 'crm', 'crm:payment', '回款管理', 12, 2, 'views/finance/payment', 'shopping', false, '/finance/payment',
        '[{"label":"审核","value":"audit"}]', 3, '{}'),
       (16, 'crm', 'crm:wallet', '钱包管理', 12, 2, 'views/finance/wallet', 'money', false, '/finance/wallet',
        '[{"label":"充值","value":"recharge"}]', 4, '{}'),
       (17, 'crm', 'crm:contract', '合同管理', 12, 2, 'views/finance/contract', 'education', false, '/finance/contract',
        '[{"label":"发起","value":"send"},{"label":"作废","value":"invalidate"}]', 5, '{}'),
       (18, 'crm', 'crm:sales', '销售管理', 0, 1, 'views/sales/index', 'people', false, '/sales',
        '[{"label":"分配","value":"assign"},{"label":"交接","value":"handover"}]', 5, '{}'),
       (19, 'crm', 'crm:dir:system', '系统设置', 0, 1, 'Layout', 'system', true, '/system', '[]', 9, '{}'),
       (20, 'crm', 'crm:org', '组织管理', 19, 2, 'views/system/org', 'tree-table', false, '/system/org',
        '[{"label":"新增员工","value":"addStaff"},{"label":"编辑员工","value":"editStaff"},{"label":"删除员工","value":"deleteStaff"},{"label":"角色权限","value":"saveRole"}]', 1, '{}'),
       (21, 'crm', 'crm:system', '系统管理', 19, 2, 'views/system/sys', 'setting', false, '/system/sys',
        '[{"label":"页面配置","value":"pageConfig"},{"label":"临时密码","value":"genTempPasswd"},{"label":"临时白名单","value":"addTempWhiteIps"}]', 2, '{}'),
       (22, 'crm', 'crm:schedule', '任务调度', 19, 2, 'views/system/schedule', 'time', false, '/system/schedule',
        '[{"label":"取消","value":"cancel"},{"label":"重试","value":"retry"}]', 3, '{}'),
       (23, 'crm', 'crm:system:notice', '公告管理(停用)', 19, 2, 'views/system/notice', 'message', false, '/system/notice',
        '[]', 9, '{}'),
       (24, 'crm', 'crm:sync', '跨环境同步', 19, 2, 'views/system/sync', 'link', false, '/system/sync', '[]', 10,
        '{"hidden":"integration account only"}')
on conflict do nothing;

-- ---------------------------------------------------------------- page menus: sales
insert into page_menu (id, appcode, code, title, pid, level, component, icon, is_dir, path, buttons, sort, extra)
values (101, 'sales', 'sales:index', '首页', 0, 1, 'views/index/index', 'dashboard', false, '/index', '[]', 1, '{}'),
       (102, 'sales', 'sales:dir:customer', '客户管理', 0, 1, 'Layout', 'peoples', true, '/customer', '[]', 2, '{}'),
       (103, 'sales', 'sales:customer', '我的客户', 102, 2, 'views/customer/list', 'list', false, '/customer/list',
        '[{"label":"注册客户","value":"register"},{"label":"IP白名单","value":"saveWhiteIpList"}]', 1, '{}'),
       (104, 'sales', 'sales:customer:apply', '注册申请', 102, 2, 'views/customer/apply', 'form', false, '/customer/apply',
        '[]', 2, '{}'),
       (105, 'sales', 'sales:follow', '跟进记录', 102, 2, 'views/customer/follow', 'edit', false, '/customer/follow',
        '[{"label":"新增跟进","value":"add"}]', 3, '{}'),
       (106, 'sales', 'sales:opportunity', '商机管理', 102, 2, 'views/customer/opportunity', 'star', false,
        '/customer/opportunity', '[{"label":"新增","value":"add"},{"label":"删除","value":"delete"}]', 4, '{}'),
       (107, 'sales', 'sales:dir:finance', '财务', 0, 1, 'Layout', 'money', true, '/finance', '[]', 3, '{}'),
       (108, 'sales', 'sales:finance', '对账单', 107, 2, 'views/finance/statement', 'documentation', false,
        '/finance/statement', '[]', 1, '{}'),
       (109, 'sales', 'sales:payment', '回款记录', 107, 2, 'views/finance/payment', 'shopping', false, '/finance/payment',
        '[{"label":"登记回款","value":"add"}]', 2, '{}'),
       (110, 'sales', 'sales:contract', '合同管理', 0, 1, 'views/contract/index', 'education', false, '/contract',
        '[]', 4, '{}'),
       (111, 'sales', 'sales:team', '团队管理', 0, 1, 'views/team/index', 'people', false, '/team',
        '[{"label":"分配客户","value":"assign"}]', 5, '{}')
on conflict do nothing;

-- ---------------------------------------------------------------- roles and what they grant
insert into role (id, code, name, appcode, merchant_id, remark, deletable, create_by)
values (1001, 'operator', '运营专员', 'crm', 1, '首页与客户列表', true, 1),
       (1002, 'finance', '财务专员', 'crm', 1, '账单、发票、回款、钱包', true, 1),
       (1003, 'custsvc', '客服专员', 'crm', 1, '注册与认证审核', true, 1),
       (1004, 'peersync', '环境同步', 'crm', 1, '对端环境集成账号: 只能调用 sync* 接口', false, 1)
on conflict do nothing;

insert into role_menu (role_id, page_menu_id, operable_buttons)
values (1001, 1, '[]'), (1001, 3, '["edit","export"]'),
       (1002, 1, '[]'), (1002, 13, '["recheck","export"]'), (1002, 14, '["issue"]'), (1002, 15, '["audit"]'),
       (1002, 16, '[]'),
       (1003, 1, '[]'), (1003, 4, '["audit"]'), (1003, 5, '["audit"]'),
       (1004, 24, '[]'),
       -- sales: the salesman role (the app's admin role 3 sees everything)
       (2, 101, '[]'), (2, 103, '["register","saveWhiteIpList"]'), (2, 104, '[]'), (2, 105, '["add"]'),
       (2, 106, '["add","delete"]'), (2, 108, '[]'), (2, 110, '[]')
on conflict do nothing;

-- ---------------------------------------------------------------- users and staff
insert into user_account (id, username, password_hash, nickname, real_name, mobile, email, state, auth_type, is_test,
                          tenant_id, source_appcode)
values (1001, 'ops01', '$2a$10$Si50reMll7wHez74pMAgTOWff4914jI3rrJ7fJt21o5rCO1B/MHJG', '运营小李', '李运营',
        '13800001001', 'ops01@nuoer.example', 10, 0, false, 1, 'crm'),
       (1002, 'liqiang', '$2a$10$z8mglWWPvqahRe4cdUoNpuST7oIbAPzN6g30bFO86PyW2v38lLf.G', '李强', '李强',
        '13800001002', 'liqiang@nuoer.example', 10, 0, false, 1, 'crm'),
       (1003, 'zhaomin', '$2a$10$z8mglWWPvqahRe4cdUoNpuST7oIbAPzN6g30bFO86PyW2v38lLf.G', '赵敏', '赵敏',
        '13800001003', 'zhaomin@nuoer.example', 10, 0, false, 1, 'beeback'),
       (1004, 'sales03', '$2a$10$z8mglWWPvqahRe4cdUoNpuST7oIbAPzN6g30bFO86PyW2v38lLf.G', '陈销售', '陈晓东',
        '13800001004', 'sales03@nuoer.example', 10, 0, false, 1, 'sales'),
       (1005, 'peersync', '$2a$10$NiHRPTjomcjJgw7DY8r7weWjunxeK7GDOL2/.ZFph.M.gijMV/wgS', '环境同步', '环境同步账号',
        '13800001005', 'peersync@nuoer.example', 10, 0, false, 1, 'crm')
on conflict do nothing;

insert into user_app (user_id, appcode)
values (1001, 'crm'), (1002, 'crm'), (1004, 'sales'), (1005, 'crm')
on conflict do nothing;

-- internal departments (3 levels)
insert into org_department (id, merchant_id, pid, name, level, manger_staff_id, remark, appcode, create_by)
values (1, 1, 0, '运营中心', 1, 1, '客户运营与平台运维', 'crm', 1),
       (2, 1, 1, '客户成功部', 2, null, '客户开通、审核与服务', 'crm', 1),
       (3, 1, 0, '财务部', 1, null, '账单、发票与回款', 'crm', 1),
       (4, 1, 0, '销售中心', 1, null, '直销与渠道', 'crm', 1),
       (5, 1, 4, '华东销售部', 2, null, '江浙沪区域', 'crm', 1),
       (6, 1, 5, '杭州销售组', 3, 2, '杭州地区客户', 'crm', 1),
       (7, 1, 3, '临时项目组', 2, null, '年底对账临时小组', 'crm', 1)
on conflict do nothing;

insert into staff (id, user_id, name, mobile, email, merchant_id, appcode, department_id, remark, create_by)
values (1001, 1001, '李运营', '13800001001', 'ops01@nuoer.example', 1, 'crm', 2, '演示: 只有首页和客户列表菜单', 1),
       (1002, 1002, '李强', '13800001002', 'liqiang@nuoer.example', 1, 'crm', 3, '演示: 财务专员', 1),
       (1004, 1004, '陈晓东', '13800001004', 'sales03@nuoer.example', 1, 'sales', 5, '演示: 尚未设为销售员', 1),
       (1005, 1005, '环境同步账号', '13800001005', 'peersync@nuoer.example', 1, 'crm', 1, '对端环境调用 sync* 接口的集成账号', 1)
on conflict do nothing;

insert into staff_role (staff_id, role_id)
values (1001, 1001), (1002, 1002), (1004, 2), (1005, 1004)
on conflict do nothing;

update staff set department_id = 1 where id = 1 and department_id is null;
update staff set department_id = 6 where id = 2 and department_id is null;
update org_department set manger_staff_id = 1001 where id = 2 and manger_staff_id is null;

-- zhaomin was a crm staff member once (deleted): staff/add with her mobile restores this row, staff/delete removes it
-- again (the conformance cases do both, so they can be rerun on the same database)
insert into staff (id, user_id, name, mobile, email, merchant_id, appcode, department_id, remark, state, create_by)
values (1003, 1003, '赵敏', '13800001003', 'zhaomin@nuoer.example', 1, 'crm', 2, '演示: 已删除的员工', -1, 1)
on conflict do nothing;
