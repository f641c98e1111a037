-- Demo data of svc-contract (profiles local and test only). Repeatable and idempotent: fixed ids below 10000,
-- "on conflict do nothing". Agrees with svc-customer's demo data (contracts-s2.md): organisations 1/201/202/301,
-- depts 1/201/202/301, deptItems 1-9. deptItems 1,2,3,6,7,9 are covered by signed contracts (state 100);
-- deptItem 5 (ID3_FACE of dept 1, only in a draft) and 8 (MOBILE3_CHECK of dept 202) stay unsigned.

insert into contract_template (code, name, kind, version, version_name, title, body, fill_configs, valid_days, sign_days)
values ('COOP_AGREEMENT_2026', '数据服务合作协议', 'COOPERATION', 2, 'v2 2026版', '诺尔数据服务合作协议',
        E'甲方：{{customerName}}\n乙方：{{partyB}}\n甲方联系人：{{contactName}}，联系电话：{{contactMobile}}\n'
        || E'第一条 乙方通过诺尔数据开放平台向甲方提供数据核验接口服务，甲方应在合法、正当、必要的范围内使用。\n'
        || E'第二条 甲方开通的产品及单价以本协议产品清单为准，费用按平台计费规则从甲方账户扣除或按月结算。\n'
        || E'第三条 双方应对在合作中获知的对方商业秘密及个人信息严格保密，保密义务不因本协议终止而免除。\n'
        || E'第四条 本协议自双方签署之日起生效，有效期一年，期满可续签。\n签署日期：{{signDate}}',
        '[{"key": "customerName", "name": "甲方名称", "must": true, "fixed": true},
          {"key": "contactName", "name": "甲方联系人", "must": true, "fixed": false},
          {"key": "contactMobile", "name": "联系电话", "must": true, "fixed": false},
          {"key": "partyB", "name": "乙方名称", "must": true, "fixed": true},
          {"key": "signDate", "name": "签署日期", "must": false, "fixed": false}]'::jsonb, 365, 30),
       ('PRODUCT_SUPPLEMENT_2026', '产品补充协议', 'SUPPLEMENT', 2, 'v2 2026版', '诺尔数据产品补充协议',
        E'甲方：{{customerName}}\n乙方：{{partyB}}\n'
        || E'根据双方已签署的《诺尔数据服务合作协议》，甲方新增开通下列产品，单价及计费方式以本补充协议产品清单为准。\n'
        || E'本补充协议与合作协议具有同等法律效力，未约定事项以合作协议为准。\n签署日期：{{signDate}}',
        '[{"key": "customerName", "name": "甲方名称", "must": true, "fixed": true},
          {"key": "partyB", "name": "乙方名称", "must": true, "fixed": true},
          {"key": "signDate", "name": "签署日期", "must": false, "fixed": false}]'::jsonb, 365, 30),
       ('DATA_SECURITY_2026', '数据安全保密协议', 'SUPPLEMENT', 1, 'v1 2026版', '诺尔数据数据安全保密协议',
        E'甲方：{{customerName}}\n乙方：{{partyB}}\n'
        || E'甲方承诺仅将接口返回结果用于已取得授权的业务场景，不得缓存、转售或向第三方提供。\n签署日期：{{signDate}}',
        '[{"key": "customerName", "name": "甲方名称", "must": true, "fixed": true},
          {"key": "partyB", "name": "乙方名称", "must": true, "fixed": true},
          {"key": "signDate", "name": "签署日期", "must": false, "fixed": false}]'::jsonb, 365, 30)
on conflict do nothing;

-- projections of svc-customer (kept up to date by customer-event)
insert into customer_view (organization_id, merchant_id, user_id, owner_username, organization_name, mobile, linkman,
                           email, state, customer_type, assistant_id, auth_type, auth_state, auth_record_id, version,
                           update_time)
values (1, 100001, 3, 'demo', '杭州演示科技有限公司', '13900000001', '张演示', 'demo@demo-tech.example', 10, 20, 2, 20, 10,
        205, 1, '2026-08-01 09:00:00'),
       (201, 100201, 211, 'xingyu', '杭州星宇数据服务有限公司', '13957100211', '陈星宇', 'chenxy@xingyu-data.example', 10,
        20, 2, 20, 10, 201, 1, '2026-09-01 10:00:00'),
       (202, 100202, 212, 'yunfan', '上海云帆金融信息服务有限公司', '13661800212', '刘云帆', 'liuyf@yunfan-fin.example', 10,
        20, 202, 20, 10, 202, 1, '2026-10-08 09:30:00'),
       (301, 100301, 301, 'demo2', '上海第二演示数据有限公司', '13900000301', '李第二', 'ops@demo2-data.example', 10, 10,
        null, null, 0, null, 1, '2026-03-01 09:00:00')
on conflict do nothing;

insert into dept_view (dept_id, organization_id, user_id, dept_name, app_id, env, status, white_ip_list, overdraft_type,
                       version, create_time, update_time)
values (1, 1, 3, '杭州演示科技有限公司', 'nuoer_demo_app01', 'prod', 1, 'off', 0, 1, '2026-02-20 10:00:00', '2026-02-20 10:00:00'),
       (201, 201, 211, '杭州星宇数据服务有限公司', 'nuoer_xingyu_app01', 'prod', 1, '115.236.10.0/24,115.236.11.8', 0, 1,
        '2026-03-01 10:00:00', '2026-03-01 10:00:00'),
       (202, 202, 212, '上海云帆金融信息服务有限公司', 'nuoer_yunfan_app01', 'prod', 1, 'off', 20, 1, '2026-03-02 10:00:00',
        '2026-03-02 10:00:00'),
       (301, 301, 301, '上海第二演示数据有限公司', 'nuoer_demo2_app01', 'prod', 0, '10.10.0.0/16,203.0.113.7', 0, 1,
        '2026-03-03 10:00:00', '2026-03-03 10:00:00')
on conflict do nothing;

insert into dept_item_view (dept_item_id, dept_id, organization_id, user_id, check_item, item_name, is_fusion,
                            fusion_dept_item_id, state, is_open, fee_type, charge_type, fee, free_count, contract_state,
                            effect_time, version, update_time)
values (1, 1, 1, 3, 'ID2_CHECK', '身份证二要素核验', false, null, 10, 1, 10, null, 0.2500, 100, 100, '2026-03-01 00:00:00', 1, '2026-03-01 00:00:00'),
       (2, 1, 1, 3, 'MOBILE3_CHECK', '手机三要素核验', false, null, 10, 1, 10, null, 0.4000, 0, 100, '2026-03-01 00:00:00', 1, '2026-03-01 00:00:00'),
       (3, 1, 1, 3, 'MOBILE_ONLINE_TIME', '手机在网时长', false, null, 10, 1, 20, null, 0.2000, 50, 100, '2026-03-01 00:00:00', 1, '2026-03-01 00:00:00'),
       (4, 1, 1, 3, 'ENT_BASIC', '企业工商信息查询', false, null, 0, 1, 20, null, 0.5000, 0, null, '2026-03-01 00:00:00', 1, '2026-03-01 00:00:00'),
       (5, 1, 1, 3, 'ID3_FACE', '人像三要素核验', false, null, 10, 1, 10, null, 0.7500, 0, null, '2026-03-01 00:00:00', 1, '2026-03-01 00:00:00'),
       (6, 201, 201, 211, 'ID2_CHECK', '身份证二要素核验', false, null, 10, 1, 10, null, 0.2800, 0, 100, '2026-03-01 00:00:00', 1, '2026-03-01 00:00:00'),
       (7, 201, 201, 211, 'MOBILE_STATUS', '手机在网状态', false, null, 10, 1, 20, null, 0.1200, 0, 100, '2026-03-01 00:00:00', 1, '2026-03-01 00:00:00'),
       (8, 202, 202, 212, 'MOBILE3_CHECK', '手机三要素核验', false, null, 10, 1, 10, null, 0.4200, 0, null, '2026-03-01 00:00:00', 1, '2026-03-01 00:00:00'),
       (9, 301, 301, 301, 'ID2_CHECK', '身份证二要素核验', false, null, 10, 1, 10, null, 0.3000, 0, 100, '2026-03-01 00:00:00', 1, '2026-03-01 00:00:00')
on conflict do nothing;

-- contracts. 1-4 signed; 5, 13, 14 drafts; 6-11 waiting for signature; 12 rejected.
insert into dept_contract (id, contract_no, dept_id, organization_id, user_id, template_code, contract_name, state, seq,
                           version, version_name, signer_mobile, signer_name, contract_url, provider_code, flow_id,
                           sign_url, submit_time, sign_end_time, finish_time, expire_time, reject_reason, fill_data,
                           event_version, create_by, create_date, update_date)
values (1, 'HT202603010001', 1, 1, 3, 'COOP_AGREEMENT_2026', '杭州演示科技有限公司数据服务合作协议', 100, 0, 2, 'v2 2026版',
        '13900000001', '张演示', 'https://static.nuoerdata.com/contract/HT202603010001.pdf', 'sandbox',
        'sbxdemo000000000000000000000001', '/esign/sandbox/sign/sbxdemo000000000000000000000001',
        '2026-02-28 10:00:00', '2026-03-30 10:00:00', '2026-03-01 09:30:00', '2027-03-01 09:30:00', null,
        '[{"key": "customerName", "value": "杭州演示科技有限公司"}, {"key": "contactName", "value": "张演示"}, {"key": "contactMobile", "value": "13900000001"}, {"key": "partyB", "value": "杭州诺尔数据科技有限公司"}, {"key": "signDate", "value": "2026-03-01"}]'::jsonb,
        2, 2, '2026-02-28 09:40:00', '2026-03-01 09:30:00'),
       (2, 'HT202603010002', 1, 1, 3, 'PRODUCT_SUPPLEMENT_2026', '杭州演示科技有限公司产品补充协议(一)', 100, 1, 2, 'v2 2026版',
        '13900000001', '张演示', 'https://static.nuoerdata.com/contract/HT202603010002.pdf', 'sandbox',
        'sbxdemo000000000000000000000002', '/esign/sandbox/sign/sbxdemo000000000000000000000002',
        '2026-02-28 10:05:00', '2026-03-30 10:05:00', '2026-03-01 09:35:00', '2027-03-01 09:35:00', null,
        '[{"key": "customerName", "value": "杭州演示科技有限公司"}, {"key": "partyB", "value": "杭州诺尔数据科技有限公司"}, {"key": "signDate", "value": "2026-03-01"}]'::jsonb,
        2, 2, '2026-02-28 09:50:00', '2026-03-01 09:35:00'),
       (3, 'HT202603050003', 201, 201, 211, 'COOP_AGREEMENT_2026', '杭州星宇数据服务有限公司数据服务合作协议', 100, 0, 2, 'v2 2026版',
        '13957100211', '陈星宇', 'https://static.nuoerdata.com/contract/HT202603050003.pdf', 'sandbox',
        'sbxdemo000000000000000000000003', '/esign/sandbox/sign/sbxdemo000000000000000000000003',
        '2026-03-04 14:00:00', '2026-04-03 14:00:00', '2026-03-05 11:00:00', '2027-03-05 11:00:00', null,
        '[{"key": "customerName", "value": "杭州星宇数据服务有限公司"}, {"key": "contactName", "value": "陈星宇"}, {"key": "contactMobile", "value": "13957100211"}, {"key": "partyB", "value": "杭州诺尔数据科技有限公司"}, {"key": "signDate", "value": "2026-03-05"}]'::jsonb,
        2, 2, '2026-03-04 13:30:00', '2026-03-05 11:00:00'),
       (4, 'HT202603080004', 301, 301, 301, 'COOP_AGREEMENT_2026', '上海第二演示数据有限公司数据服务合作协议', 100, 0, 2, 'v2 2026版',
        '13900000301', '李第二', 'https://static.nuoerdata.com/contract/HT202603080004.pdf', 'sandbox',
        'sbxdemo000000000000000000000004', '/esign/sandbox/sign/sbxdemo000000000000000000000004',
        '2026-03-07 15:00:00', '2026-04-06 15:00:00', '2026-03-08 10:20:00', '2027-03-08 10:20:00', null,
        '[{"key": "customerName", "value": "上海第二演示数据有限公司"}, {"key": "contactName", "value": "李第二"}, {"key": "contactMobile", "value": "13900000301"}, {"key": "partyB", "value": "杭州诺尔数据科技有限公司"}, {"key": "signDate", "value": "2026-03-08"}]'::jsonb,
        2, 1, '2026-03-07 14:30:00', '2026-03-08 10:20:00'),
       (5, 'HT202611200005', 1, 1, 3, 'PRODUCT_SUPPLEMENT_2026', '杭州演示科技有限公司产品补充协议(二)', 0, 2, 2, 'v2 2026版',
        null, null, null, null, null, null, null, null, null, null, null,
        '[{"key": "customerName", "value": "杭州演示科技有限公司"}, {"key": "partyB", "value": "杭州诺尔数据科技有限公司"}, {"key": "signDate", "value": "2026-11-20"}]'::jsonb,
        0, 2, '2026-11-20 16:00:00', '2026-11-20 16:00:00'),
       (6, 'HT202611210006', 202, 202, 212, 'COOP_AGREEMENT_2026', '上海云帆金融信息服务有限公司数据服务合作协议', 50, 0, 2, 'v2 2026版',
        '13661800212', '刘云帆', null, 'sandbox', 'sbxdemo000000000000000000000006',
        '/esign/sandbox/sign/sbxdemo000000000000000000000006', '2026-11-21 10:00:00', '2026-12-21 10:00:00', null, null,
        null,
        '[{"key": "customerName", "value": "上海云帆金融信息服务有限公司"}, {"key": "contactName", "value": "刘云帆"}, {"key": "contactMobile", "value": "13661800212"}, {"key": "partyB", "value": "杭州诺尔数据科技有限公司"}, {"key": "signDate", "value": "2026-11-21"}]'::jsonb,
        1, 202, '2026-11-21 09:50:00', '2026-11-21 10:00:00'),
       (7, 'HT202611220007', 1, 1, 3, 'DATA_SECURITY_2026', '杭州演示科技有限公司数据安全保密协议', 50, 3, 1, 'v1 2026版',
        '13900000001', '张演示', null, 'sandbox', 'sbxdemo000000000000000000000007',
        '/esign/sandbox/sign/sbxdemo000000000000000000000007', '2026-11-22 10:00:00', '2026-12-22 10:00:00', null, null,
        null, '[{"key": "customerName", "value": "杭州演示科技有限公司"}, {"key": "partyB", "value": "杭州诺尔数据科技有限公司"}]'::jsonb,
        1, 2, '2026-11-22 09:50:00', '2026-11-22 10:00:00'),
       (8, 'HT202611220008', 201, 201, 211, 'DATA_SECURITY_2026', '杭州星宇数据服务有限公司数据安全保密协议', 50, 1, 1, 'v1 2026版',
        '13957100218', '周敏', null, 'sandbox', 'sbxdemo000000000000000000000008',
        '/esign/sandbox/sign/sbxdemo000000000000000000000008', '2026-11-22 11:00:00', '2026-12-22 11:00:00', null, null,
        null, '[{"key": "customerName", "value": "杭州星宇数据服务有限公司"}, {"key": "partyB", "value": "杭州诺尔数据科技有限公司"}]'::jsonb,
        1, 1, '2026-11-22 10:50:00', '2026-11-22 11:00:00'),
       (9, 'HT202611230009', 201, 201, 211, 'DATA_SECURITY_2026', '杭州星宇数据服务有限公司数据安全保密协议(业务线)', 50, 2, 1, 'v1 2026版',
        '13957100219', '吴婷', null, 'sandbox', 'sbxdemo000000000000000000000009',
        '/esign/sandbox/sign/sbxdemo000000000000000000000009', '2026-11-23 10:00:00', '2026-12-23 10:00:00', null, null,
        null, '[{"key": "customerName", "value": "杭州星宇数据服务有限公司"}, {"key": "partyB", "value": "杭州诺尔数据科技有限公司"}]'::jsonb,
        1, 2, '2026-11-23 09:50:00', '2026-11-23 10:00:00'),
       (10, 'HT202611230010', 1, 1, 3, 'DATA_SECURITY_2026', '杭州演示科技有限公司数据安全保密协议(测试环境)', 50, 4, 1, 'v1 2026版',
        '13900000001', '张演示', null, 'sandbox', 'sbxdemo000000000000000000000010',
        '/esign/sandbox/sign/sbxdemo000000000000000000000010', '2026-11-23 11:00:00', '2026-12-23 11:00:00', null, null,
        null, '[{"key": "customerName", "value": "杭州演示科技有限公司"}, {"key": "partyB", "value": "杭州诺尔数据科技有限公司"}]'::jsonb,
        1, 1, '2026-11-23 10:50:00', '2026-11-23 11:00:00'),
       (11, 'HT202611240011', 201, 201, 211, 'DATA_SECURITY_2026', '杭州星宇数据服务有限公司数据安全保密协议(补签)', 50, 3, 1, 'v1 2026版',
        '13957100211', '陈星宇', null, 'sandbox', 'sbxdemo000000000000000000000011',
        '/esign/sandbox/sign/sbxdemo000000000000000000000011', '2026-11-24 10:00:00', '2026-12-24 10:00:00', null, null,
        null, '[{"key": "customerName", "value": "杭州星宇数据服务有限公司"}, {"key": "partyB", "value": "杭州诺尔数据科技有限公司"}]'::jsonb,
        1, 2, '2026-11-24 09:50:00', '2026-11-24 10:00:00'),
       (12, 'HT202611180012', 202, 202, 212, 'PRODUCT_SUPPLEMENT_2026', '上海云帆金融信息服务有限公司产品补充协议(一)', -10, 1, 2, 'v2 2026版',
        '13661800212', '刘云帆', null, 'sandbox', 'sbxdemo000000000000000000000012',
        '/esign/sandbox/sign/sbxdemo000000000000000000000012', '2026-11-18 10:00:00', '2026-12-18 10:00:00', null, null,
        '签署人信息有误，需更换签署人',
        '[{"key": "customerName", "value": "上海云帆金融信息服务有限公司"}, {"key": "partyB", "value": "杭州诺尔数据科技有限公司"}]'::jsonb,
        2, 202, '2026-11-18 09:50:00', '2026-11-19 15:00:00'),
       (13, 'HT202611250013', 201, 201, 211, 'DATA_SECURITY_2026', '杭州星宇数据服务有限公司数据安全保密协议(年度)', 0, 4, 1, 'v1 2026版',
        null, null, null, null, null, null, null, null, null, null, null,
        '[{"key": "customerName", "value": "杭州星宇数据服务有限公司"}, {"key": "partyB", "value": "杭州诺尔数据科技有限公司"}]'::jsonb,
        0, 1, '2026-11-25 10:00:00', '2026-11-25 10:00:00'),
       (14, 'HT202611250014', 201, 201, 211, 'DATA_SECURITY_2026', '杭州星宇数据服务有限公司数据安全保密协议(专项)', 0, 5, 1, 'v1 2026版',
        null, null, null, null, null, null, null, null, null, null, null,
        '[{"key": "customerName", "value": "杭州星宇数据服务有限公司"}, {"key": "partyB", "value": "杭州诺尔数据科技有限公司"}]'::jsonb,
        0, 2, '2026-11-25 11:00:00', '2026-11-25 11:00:00')
on conflict do nothing;

insert into contract_item (contract_id, sort, dept_item_id, check_item, item_name, show_fee, fee_type, remark)
values (1, 0, 1, 'ID2_CHECK', '身份证二要素核验', '0.25元/次', '查询计费', '每月赠送100次'),
       (1, 1, 2, 'MOBILE3_CHECK', '手机三要素核验', '0.40元/次', '查询计费', null),
       (2, 0, 3, 'MOBILE_ONLINE_TIME', '手机在网时长', '0.20元/次', '查得计费', '赠送50次'),
       (3, 0, 6, 'ID2_CHECK', '身份证二要素核验', '0.28元/次', '查询计费', null),
       (3, 1, 7, 'MOBILE_STATUS', '手机在网状态', '0.12元/次', '查得计费', null),
       (4, 0, 9, 'ID2_CHECK', '身份证二要素核验', '0.30元/次', '查询计费', null),
       (5, 0, 5, 'ID3_FACE', '人像三要素核验', '0.75元/次', '查询计费', '草稿: 待发起签署')
on conflict do nothing;

insert into esign_sandbox_flow (flow_id, contract_no, contract_name, signer_mobile, signer_name, status, created_at, finished_at)
values ('sbxdemo000000000000000000000001', 'HT202603010001', '杭州演示科技有限公司数据服务合作协议', '13900000001', '张演示', 'SIGNED', '2026-02-28 10:00:00', '2026-03-01 09:30:00'),
       ('sbxdemo000000000000000000000002', 'HT202603010002', '杭州演示科技有限公司产品补充协议(一)', '13900000001', '张演示', 'SIGNED', '2026-02-28 10:05:00', '2026-03-01 09:35:00'),
       ('sbxdemo000000000000000000000003', 'HT202603050003', '杭州星宇数据服务有限公司数据服务合作协议', '13957100211', '陈星宇', 'SIGNED', '2026-03-04 14:00:00', '2026-03-05 11:00:00'),
       ('sbxdemo000000000000000000000004', 'HT202603080004', '上海第二演示数据有限公司数据服务合作协议', '13900000301', '李第二', 'SIGNED', '2026-03-07 15:00:00', '2026-03-08 10:20:00'),
       ('sbxdemo000000000000000000000006', 'HT202611210006', '上海云帆金融信息服务有限公司数据服务合作协议', '13661800212', '刘云帆', 'PENDING', '2026-11-21 10:00:00', null),
       ('sbxdemo000000000000000000000007', 'HT202611220007', '杭州演示科技有限公司数据安全保密协议', '13900000001', '张演示', 'PENDING', '2026-11-22 10:00:00', null),
       ('sbxdemo000000000000000000000008', 'HT202611220008', '杭州星宇数据服务有限公司数据安全保密协议', '13957100218', '周敏', 'PENDING', '2026-11-22 11:00:00', null),
       ('sbxdemo000000000000000000000009', 'HT202611230009', '杭州星宇数据服务有限公司数据安全保密协议(业务线)', '13957100219', '吴婷', 'PENDING', '2026-11-23 10:00:00', null),
       ('sbxdemo000000000000000000000010', 'HT202611230010', '杭州演示科技有限公司数据安全保密协议(测试环境)', '13900000001', '张演示', 'PENDING', '2026-11-23 11:00:00', null),
       ('sbxdemo000000000000000000000011', 'HT202611240011', '杭州星宇数据服务有限公司数据安全保密协议(补签)', '13957100211', '陈星宇', 'PENDING', '2026-11-24 10:00:00', null),
       ('sbxdemo000000000000000000000012', 'HT202611180012', '上海云帆金融信息服务有限公司产品补充协议(一)', '13661800212', '刘云帆', 'REJECTED', '2026-11-18 10:00:00', '2026-11-19 15:00:00')
on conflict do nothing;
