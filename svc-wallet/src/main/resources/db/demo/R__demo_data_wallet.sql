-- Demo wallets of svc-customer's demo customers (ids mirror svc-customer's R__demo_data*.sql: organisation,
-- merchant and owner user), their flows (balance = Σ flows, after_balance consistent in id order) and the
-- customer projection used for sales scoping. Idempotent; fixed ids below 10000.

insert into customer_view (organization_id, merchant_id, user_id, name, mobile, email, assistant_id, state, deleted, version)
values (1, 100001, 3, '杭州演示科技有限公司', '13900000001', 'demo@demo-tech.example', 2, 10, false, 0),
       (201, 100201, 211, '杭州星宇数据服务有限公司', '13957100211', 'chenxy@xingyu-data.example', 2, 10, false, 0),
       (202, 100202, 212, '上海云帆金融信息服务有限公司', '13661800212', 'liuyf@yunfan-fin.example', 202, 10, false, 0),
       (203, 100203, 213, '成都蜀云网络科技有限公司', '13880800213', 'wangsy@shuyun.example', 2, 10, false, 0),
       (204, 100204, 214, '北京智联融通科技有限公司', '13910100214', 'zhaozl@zhilian-rt.example', null, 10, false, 0),
       (301, 100301, 301, '上海第二演示数据有限公司', '13900000301', 'ops@demo2-data.example', null, 10, false, 0)
on conflict do nothing;

insert into wallet (id, organization_id, merchant_id, user_id, account_name, account_type, is_default, state, balance,
                    overdraft_state, overdraft_quota, forewarn_threshold, forewarn_contact_ids, appcode, app_name,
                    proper_scenes, version, create_by, create_time, modify_time)
values (1, 1, 100001, 3, '杭州演示科技有限公司', 20, true, 10, 20800.00, 10, 5000.00, 1000.00, '301,302', null, null,
        null, 5, 1, '2026-08-01 09:00:00', '2026-11-20 18:00:00'),
       (2, 1, 100001, 3, '杭州演示科技有限公司-专属钱包', 20, false, 10, 2000.00, 0, 0.00, 200.00, '301',
        'nuoer_demo_app01', '演示租赁风控应用', 'LEASE3C,RISK_CONTROL', 1, 1, '2026-09-01 10:00:00',
        '2026-09-01 10:00:00'),
       (3, 1, 100001, 3, '杭州演示科技有限公司-旧账户', 20, false, 10, 300.00, 0, 0.00, null, null, null, null, null, 1,
        1, '2026-08-15 10:00:00', '2026-08-15 10:00:00'),
       (201, 201, 100201, 211, '杭州星宇数据服务有限公司', 20, true, 10, 8800.00, 0, 0.00, 2000.00, null, null, null,
        null, 2, 1, '2026-09-01 10:00:00', '2026-11-18 11:00:00'),
       (202, 202, 100202, 212, '上海云帆金融信息服务有限公司', 20, true, 10, 0.00, 20, 50000.00, null, null, null, null,
        null, 0, 1, '2026-10-08 09:30:00', '2026-10-08 09:30:00'),
       (203, 203, 100203, 213, '成都蜀云网络科技有限公司', 20, true, 10, 0.00, 0, 0.00, null, null, null, null, null, 0,
        1, '2026-11-02 14:00:00', '2026-11-02 14:00:00'),
       (204, 204, 100204, 214, '北京智联融通科技有限公司', 20, true, 10, 0.00, 0, 0.00, null, null, null, null, null, 0,
        1, '2026-11-05 10:00:00', '2026-11-05 10:00:00'),
       (301, 301, 100301, 301, '上海第二演示数据有限公司', 20, true, 10, 1500.00, 0, 0.00, 500.00, '303', null, null,
        null, 1, 1, '2026-10-20 10:00:00', '2026-10-20 10:00:00')
on conflict do nothing;

insert into wallet_flow (id, wallet_id, flow_no, flow_type, biz_type, pay_method, business_no, fee_name, flow_amount,
                         after_balance, wallet_version, detail, appcode, create_by, create_time, modify_time)
values (1, 1, 'WF20261008000000001', 'in', 'recharge', 'OFFLINE', 'PAY-DEMO-0001', '回款充值', 20000.00, 20000.00, 1,
        null, null, 1, '2026-10-08 10:00:00', '2026-10-08 10:00:00'),
       (2, 1, 'WF20261015000000002', 'out', 'pay', 'WALLET', 'BATCH-DEMO-0001', '运营商三要素核验', 1234.50, 18765.50, 2,
        '[{"checkItem": "MOBILE_3E", "checkItemName": "运营商三要素核验", "count": 4115, "fee": 1234.50, "seqNoFrom": "R202610150000001", "seqNoTo": "R202610150004115"}]'::jsonb,
        'nuoer_demo_app01', null, '2026-10-15 02:00:00', '2026-10-15 02:00:00'),
       (3, 1, 'WF20261101000000003', 'out', 'pay', 'WALLET', 'BATCH-DEMO-0002', '手机在网时长', 865.20, 17900.30, 3,
        '[{"checkItem": "MOBILE_ONLINE_TIME", "checkItemName": "手机在网时长", "count": 4326, "fee": 865.20, "seqNoFrom": "R202611010000001", "seqNoTo": "R202611010004326"}]'::jsonb,
        'nuoer_demo_app01', null, '2026-11-01 02:00:00', '2026-11-01 02:00:00'),
       (4, 1, 'WF20261110000000004', 'in', 'recharge', 'WECHAT', 'PAY20261110100000010001', '在线充值', 5000.00, 22900.30, 4,
        null, null, 3, '2026-11-10 10:00:00', '2026-11-10 10:00:00'),
       (5, 1, 'WF20261120000000005', 'out', 'pay', 'WALLET', 'BATCH-DEMO-0003', '运营商三要素核验等2项', 2100.30, 20800.00, 5,
        '[{"checkItem": "MOBILE_3E", "checkItemName": "运营商三要素核验", "count": 5001, "fee": 1500.30, "seqNoFrom": "R202611200000001", "seqNoTo": "R202611200005001"}, {"checkItem": "MOBILE_ONLINE_TIME", "checkItemName": "手机在网时长", "count": 3000, "fee": 600.00, "seqNoFrom": "R202611200005002", "seqNoTo": "R202611200008001"}]'::jsonb,
        'nuoer_demo_app01', null, '2026-11-20 18:00:00', '2026-11-20 18:00:00'),
       (6, 2, 'WF20260901000000006', 'in', 'recharge', 'OFFLINE', 'PAY-DEMO-0002', '运营手动充值', 2000.00, 2000.00, 1,
        null, 'nuoer_demo_app01', 1, '2026-09-01 10:00:00', '2026-09-01 10:00:00'),
       (7, 3, 'WF20260815000000007', 'in', 'recharge', 'OFFLINE', 'PAY-DEMO-0003', '运营手动充值', 300.00, 300.00, 1,
        null, null, 1, '2026-08-15 10:00:00', '2026-08-15 10:00:00'),
       (8, 201, 'WF20260901000000008', 'in', 'recharge', 'OFFLINE', 'PAY-DEMO-0201', '回款充值', 10000.00, 10000.00, 1,
        null, null, 1, '2026-09-01 10:00:00', '2026-09-01 10:00:00'),
       (9, 201, 'WF20261118000000009', 'out', 'pay', 'WALLET', 'BATCH-DEMO-0201', '个人身份二要素核验', 1200.00, 8800.00, 2,
        '[{"checkItem": "ID_2E", "checkItemName": "个人身份二要素核验", "count": 6000, "fee": 1200.00, "seqNoFrom": "R202611180000001", "seqNoTo": "R202611180006000"}]'::jsonb,
        null, null, '2026-11-18 11:00:00', '2026-11-18 11:00:00'),
       (10, 301, 'WF20261020000000010', 'in', 'recharge', 'OFFLINE', 'PAY-DEMO-0301', '运营手动充值', 1500.00, 1500.00, 1,
        null, null, 1, '2026-10-20 10:00:00', '2026-10-20 10:00:00')
on conflict do nothing;
