-- Demo data of issue 3 part C (developer accounts, notifications, direct organisations, dashboards); profiles local
-- and test only. Repeatable and idempotent like R__demo_data.sql: ids 301-399 of this part, "on conflict do nothing".
-- Runs after R__demo_data.sql (Flyway orders repeatables by description).
--
--   demo2 / Demo@123 (beeback): a second customer, 上海第二演示数据有限公司, NOT maintained by sales01 — used to prove
--   that a customer (or a salesman) cannot read or change another organisation's developer account or contacts.
-- Developer-account secrets are inserted in clear here and encrypted at start-up (DeptSecretBackfill), like the
-- secret of dept 1: no key is needed in SQL.

insert into user_account (id, username, password_hash, nickname, real_name, mobile, email, state, auth_type, is_test,
                          tenant_id, source_appcode)
values (301, 'demo2', '$2a$10$BNmMhQMKuwjD2Mp93ydQCutRpY64kAifg/zuoNYBZoQZyax9sPate', '第二演示', '李第二',
        '13900000301', 'ops@demo2-data.example', 10, 0, true, 1, 'beeback')
on conflict do nothing;

insert into user_app (user_id, appcode)
values (301, 'beeback')
on conflict do nothing;

insert into organization (id, merchant_id, organization_name, alias_name, mobile, state, industry, linkman, link_mobile,
                          email, owner_user_id, customer_type, source_appcode, assistant_id, create_by)
values (301, 100301, '上海第二演示数据有限公司', '第二演示', '13900000301', 10, 'FINANCE', '李第二', '13900000301',
        'ops@demo2-data.example', 301, 10, 'crm', null, 1)
on conflict do nothing;

insert into dept (id, organization_id, user_id, dept_name, app_id, app_secret, env, status, white_ip_list, overdraft_type,
                  emails)
values (301, 301, 301, '上海第二演示数据有限公司', 'nuoer_demo2_app01', '7c1e4f0a9b3d2e6f8a5c4b1d0e9f8a7b', 'prod', 0,
        '10.10.0.0/16,203.0.113.7', 0, 'ops@demo2-data.example')
on conflict do nothing;

-- alert contacts: two for 杭州演示科技 (org 1), one for the second customer
insert into forewarn_contact (id, organization_id, user_id, linkman, mobile, email, webhook, is_default)
values (301, 1, 3, '张演示', '13900000001', 'demo@demo-tech.example',
        'https://hooks.demo-tech.example/nuoer/alerts', true),
       (302, 1, 3, '王运维', '13900000011', 'ops@demo-tech.example', null, false),
       (303, 301, 301, '李第二', '13900000301', 'ops@demo2-data.example', null, true),
       -- a contact the conformance cases delete (302 stays: wallet 1's balance warning uses 301 and 302)
       (304, 1, 3, '孙出纳', '13900000014', 'cashier@demo-tech.example', null, false)
on conflict do nothing;

-- direct organisations (直客)
insert into direct_org (id, org_code, org_name, create_by)
values (301, 'ZJNX', '浙江农信联合社', 1),
       (302, 'HZBANK', '杭州银行股份有限公司', 1),
       (303, 'SHCF', '上海消费金融有限公司', 1)
on conflict do nothing;

-- message templates ({{param}} placeholders)
insert into message_template (id, code, subject, content, url, provider_code, scenes, fill_configs, enable, is_html,
                               sign_name, valid_days, data_source_id, mail_source_id, price, version, version_name,
                               extra, appcode, create_by)
values (301, 'DEVELOPER_INFO', '诺尔数据开发者账号信息',
        '尊敬的{{organizationName}}：您的开发者账号（{{env}}）已开通。appId：{{appId}}，appSecret：{{appSecret}}。请妥善保管，切勿泄露。',
        null, 'SMS_DEV_INFO_01', 'developerInfo', null, true, false, '诺尔数据', null, 1, 2, 0.0500, 1, 'v1', null,
        'beeback', 1),
       (302, 'VERIFY_CODE', '验证码', '您的验证码为{{code}}，{{minutes}}分钟内有效，请勿告诉他人。', null,
        'SMS_VERIFY_01', 'login,bindMobile,resetPassword', null, true, false, '诺尔数据', null, 1, 2, 0.0500, 1,
        'v1', null, 'beeback', 1),
       (303, 'WALLET_LOW_BALANCE', '账户余额不足提醒',
        '尊敬的{{organizationName}}：您的账户余额为{{balance}}元，已低于预警值{{threshold}}元，请及时充值以免影响接口调用。',
        null, 'SMS_LOW_BALANCE_01', 'walletForewarn', null, true, false, '诺尔数据', null, 1, 2, 0.0500, 1, 'v1',
        null, 'beeback', 1),
       (304, 'API_ERROR_ALERT', '接口异常预警',
        '【接口异常】{{deptName}}调用产品{{itemName}}在{{minutes}}分钟内失败{{errorCount}}次，请及时排查。', null,
        'SMS_API_ALERT_01', 'apiForewarn', null, true, false, '诺尔数据', null, 1, 2, 0.0500, 1, 'v1', null,
        'beeback', 1),
       (305, 'BILL_MAIL', '诺尔数据{{billDate}}月度对账单',
        '<p>尊敬的{{organizationName}}：</p><p>您{{billDate}}的对账单（{{statementNo}}）已生成，应付金额{{amount}}元，请登录开放平台确认。</p>',
        'https://open.nuoer.example/bill', null, 'billStatement', null, true, true, '诺尔数据', null, null, 2, null, 1,
        'v1', null, 'beeback', 1),
       (306, 'CONTRACT_SIGN_LINK', '合同签署通知',
        '{{organizationName}}您好，合同{{contractNo}}待您签署，请在{{validDays}}天内点击链接完成签署：{{signUrl}}',
        'https://esign.nuoer.example/contract/template/306.pdf', 'ESIGN_TPL_306', 'contractSign',
        '{"text": [{"key": "customerName", "name": "客户名称", "subList": [], "hasPaging": false, "silentSignerId": null, "must": true, "fixed": true},
                   {"key": "signDate", "name": "签署日期", "subList": [], "hasPaging": false, "silentSignerId": null, "must": false, "fixed": false}],
          "array": [{"key": "items", "name": "产品明细", "subList": [{"key": "itemName", "name": "产品名称"}, {"key": "fee", "name": "单价"}], "hasPaging": false, "silentSignerId": null, "must": true, "fixed": false}],
          "signer": [{"key": "partyA", "name": "甲方签章", "subList": [], "hasPaging": true, "silentSignerId": null, "must": true, "fixed": false},
                     {"key": "partyB", "name": "乙方签章", "subList": [], "hasPaging": true, "silentSignerId": 1, "must": true, "fixed": true}]}',
        true, false, '诺尔数据', 7, 1, 2, 0.1000, 2, 'v2 2025版', '{"sealPosition": "bottom"}', 'beeback', 1)
on conflict do nothing;

-- a few messages already sent (the developer-info record shows the secret masked, as every record does)
insert into message_record (id, order_no, biz_key, user_id, organization_id, sms_method, receiver, template_code, title,
                            content, is_html, datasource_id, datasource_name, third_id, appcode, app_name, custom_name,
                            state, attempts, create_by, create_time, modify_time)
values (301, 'MSG2025110109000000301', 'demo:301', 3, 1, 'sms', '13900000001', 'VERIFY_CODE', '验证码',
        '您的验证码为482913，5分钟内有效，请勿告诉他人。', false, 1, '短信沙箱', 'sandbox-demo-301', 'beeback',
        '诺尔数据开放平台', '杭州演示科技有限公司', 1, 1, 3, '2025-11-01 09:00:00', '2025-11-01 09:00:00'),
       (302, 'MSG2025110110000000302', 'demo:302', 3, 1, 'email', 'demo@demo-tech.example', 'DEVELOPER_INFO',
        '诺尔数据开发者账号信息',
        '尊敬的杭州演示科技有限公司：您的开发者账号（prod）已开通。appId：nuoer_demo_app01，appSecret：************6d80。请妥善保管，切勿泄露。',
        false, 2, 'SMTP邮件', '<demo-302@nuoer.example>', 'beeback', '诺尔数据开放平台', '杭州演示科技有限公司', 1, 1, 1,
        '2025-11-01 10:00:00', '2025-11-01 10:00:00'),
       (303, 'MSG2025110208000000303', 'demo:303', 3, 1, 'sms', '13900000001', 'WALLET_LOW_BALANCE', '账户余额不足提醒',
        '尊敬的杭州演示科技有限公司：您的账户余额为980.00元，已低于预警值1000.00元，请及时充值以免影响接口调用。', false,
        1, '短信沙箱', 'sandbox-demo-303', 'beeback', '诺尔数据开放平台', '杭州演示科技有限公司', 1, 1, null,
        '2025-11-02 08:00:00', '2025-11-02 08:00:00')
on conflict do nothing;
