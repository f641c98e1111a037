-- Demo data of entitlements (issue 4): the catalogue copy (the nine products of svc-apicall's demo catalogue, version 0
-- so any real CheckItemChanged overwrites them), the upstream configurations a customer may be routed to, the demo
-- deptItems of contracts-s2.md (ids 1-9, exactly as decided there) plus a few more (ids 10-16) the conformance cases
-- change, price adjustments, spreader royalties, designated sources and scheduled tasks. Repeatable and idempotent:
-- fixed ids below 100, "on conflict do nothing".

insert into check_item_view (check_item, item_name, check_type, state, is_open, fee_type, price, floor_price, applicable,
                             is_fusion, sub_items, max_free_count, cache_flag, cache_time, version, update_date)
values ('ID2_CHECK', '身份证二要素核验', 200, 10, 1, 10, 0.3000, 0.2000, true, false, '[]', 100, 0, 0, 0, '2026-03-11 16:30:00'),
       ('ID3_FACE', '人像三要素核验', 200, 10, 1, 10, 0.8000, 0.5500, true, false, '[]', 50, 0, 0, 0, '2026-03-12 16:30:00'),
       ('MOBILE3_CHECK', '手机三要素核验', 200, 10, 1, 10, 0.4500, 0.3000, true, false, '[]', 100, 0, 0, 0, '2026-03-13 16:30:00'),
       ('MOBILE_ONLINE_TIME', '手机在网时长', 100, 10, 1, 20, 0.2500, 0.1500, true, false, '[]', 200, 1, 7, 0, '2026-03-14 16:30:00'),
       ('MOBILE_STATUS', '手机在网状态', 100, 10, 1, 20, 0.1500, 0.1000, true, false, '[]', 200, 1, 1, 0, '2026-03-15 16:30:00'),
       ('VEHICLE_INFO', '车辆信息查询', 100, 5, 1, 20, 1.2000, 0.9000, false, false, '[]', 20, 1, 30, 0, '2026-03-16 16:30:00'),
       ('ENT_BASIC', '企业工商信息查询', 100, 10, 1, 20, 0.5000, 0.3500, true, false, '[]', 100, 1, 30, 0, '2026-03-17 16:30:00'),
       ('RISK_FUSION', '综合风险评估', 112, 10, 1, 10, 1.5000, 1.1000, false, true,
        '["ID2_CHECK", "MOBILE3_CHECK", "MOBILE_ONLINE_TIME"]', 30, 0, 0, 0, '2026-03-18 16:30:00'),
       ('BLACKLIST_V1', '旧版黑名单查询(停用)', 111, -1, 0, 10, 0.4000, 0.3000, false, false, '[]', 0, 0, 0, 0, '2026-03-19 16:30:00')
on conflict do nothing;

-- upstream configurations of svc-apicall (check_config ids) with their data sources
insert into upstream_source_view (source_id, check_item, data_source_id, data_source_code, data_source_name)
values (1, 'ID2_CHECK', 1, 'SANDBOX', '诺尔沙箱数据源'),
       (2, 'ID2_CHECK', 2, 'HUAXIN_DATA', '华信数据科技（北京）有限公司'),
       (3, 'ID3_FACE', 1, 'SANDBOX', '诺尔沙箱数据源'),
       (4, 'ID3_FACE', 3, 'TIANYUAN_CREDIT', '天元征信服务（上海）有限公司'),
       (5, 'MOBILE3_CHECK', 1, 'SANDBOX', '诺尔沙箱数据源'),
       (6, 'MOBILE3_CHECK', 2, 'HUAXIN_DATA', '华信数据科技（北京）有限公司'),
       (7, 'MOBILE3_CHECK', 3, 'TIANYUAN_CREDIT', '天元征信服务（上海）有限公司'),
       (8, 'MOBILE_ONLINE_TIME', 1, 'SANDBOX', '诺尔沙箱数据源'),
       (9, 'MOBILE_ONLINE_TIME', 2, 'HUAXIN_DATA', '华信数据科技（北京）有限公司'),
       (10, 'MOBILE_STATUS', 1, 'SANDBOX', '诺尔沙箱数据源'),
       (11, 'VEHICLE_INFO', 1, 'SANDBOX', '诺尔沙箱数据源'),
       (12, 'VEHICLE_INFO', 3, 'TIANYUAN_CREDIT', '天元征信服务（上海）有限公司'),
       (13, 'ENT_BASIC', 1, 'SANDBOX', '诺尔沙箱数据源'),
       (14, 'ENT_BASIC', 3, 'TIANYUAN_CREDIT', '天元征信服务（上海）有限公司'),
       (15, 'BLACKLIST_V1', 2, 'HUAXIN_DATA', '华信数据科技（北京）有限公司')
on conflict do nothing;

-- ids 1-9: the demo deptItems of contracts-s2.md (all isOpen 1, not fusion, effectTime 2026-03-01, version 1)
insert into dept_item (id, dept_id, check_item, item_name, used_version, is_open, state, fee, fee_detail, charge_type, fee_type,
                       free_count, apply_remark, audit_remark, audit_time, cache_fetch_days, is_hidden, is_fusion,
                       fusion_dept_item_id, contract_state, salesman_id, effect_time, version, create_by, create_date, update_date)
values (1, 1, 'ID2_CHECK', '身份证二要素核验', 'v2', 1, 10, 0.2500, null, null, 10, 100, '租赁订单实名核验', '审核通过', '2026-02-26 15:00:00', null, false, false, null, 100, 2, '2026-03-01 00:00:00', 1, 2, '2026-02-25 10:00:00', '2026-03-01 00:00:00'),
       (2, 1, 'MOBILE3_CHECK', '手机三要素核验', 'v1', 1, 10, 0.4000, null, null, 10, 0, '下单手机号核验', '审核通过', '2026-02-26 15:00:00', null, false, false, null, 100, 2, '2026-03-01 00:00:00', 1, 2, '2026-02-25 10:00:00', '2026-03-01 00:00:00'),
       (3, 1, 'MOBILE_ONLINE_TIME', '手机在网时长', 'v1', 1, 10, 0.2000, null, null, 20, 50, '风控评分辅助', '审核通过', '2026-02-26 15:00:00', 7, false, false, null, 100, 2, '2026-03-01 00:00:00', 1, 2, '2026-02-25 10:00:00', '2026-03-01 00:00:00'),
       (4, 1, 'ENT_BASIC', '企业工商信息查询', null, 1, 0, 0.5000, null, null, 20, 0, '企业客户准入核查，申请开通', null, null, null, false, false, null, null, null, '2026-03-01 00:00:00', 1, 3, '2026-11-20 09:30:00', '2026-11-20 09:30:00'),
       (5, 1, 'ID3_FACE', '人像三要素核验', 'v1', 1, 10, 0.7500, null, null, 10, 0, '高风险订单人脸核验', '审核通过', '2026-10-10 11:00:00', null, false, false, null, null, 2, '2026-03-01 00:00:00', 1, 2, '2026-10-09 14:00:00', '2026-10-10 11:00:00'),
       (6, 201, 'ID2_CHECK', '身份证二要素核验', 'v2', 1, 10, 0.2800, null, null, 10, 0, '消费金融授信实名', '审核通过', '2026-09-02 10:00:00', null, false, false, null, 100, 2, '2026-03-01 00:00:00', 1, 2, '2026-09-01 10:30:00', '2026-09-02 10:00:00'),
       (7, 201, 'MOBILE_STATUS', '手机在网状态', 'v1', 1, 10, 0.1200, null, null, 20, 0, '贷后失联预警', '审核通过', '2026-09-02 10:00:00', 1, false, false, null, 100, 2, '2026-03-01 00:00:00', 1, 2, '2026-09-01 10:30:00', '2026-09-02 10:00:00'),
       (8, 202, 'MOBILE3_CHECK', '手机三要素核验', 'v1', 1, 10, 0.4200, null, null, 10, 0, '租赁合同签约核验', '审核通过', '2026-10-09 16:00:00', null, false, false, null, null, 202, '2026-03-01 00:00:00', 1, 202, '2026-10-08 10:00:00', '2026-10-09 16:00:00'),
       (9, 301, 'ID2_CHECK', '身份证二要素核验', 'v2', 1, 10, 0.3000, null, null, 10, 0, '会员实名认证', '审核通过', '2026-07-01 10:00:00', null, false, false, null, 100, null, '2026-03-01 00:00:00', 1, 1, '2026-06-30 10:00:00', '2026-07-01 10:00:00')
on conflict do nothing;

-- ids 10-16: more products of the demo customers (audit/enable/disable/delete/fusion examples)
insert into dept_item (id, dept_id, check_item, item_name, used_version, is_open, state, fee, fee_detail, charge_type, fee_type,
                       free_count, apply_remark, audit_remark, audit_time, cache_fetch_days, is_hidden, is_fusion,
                       fusion_dept_item_id, contract_state, salesman_id, effect_time, version, create_by, create_date, update_date)
values (10, 201, 'ENT_BASIC', '企业工商信息查询', null, 1, 0, 0.4500, null, null, 20, 0, '企业借款人工商核验', null, null, null, false, false, null, null, 2, '2026-11-25 10:00:00', 1, 2, '2026-11-25 10:00:00', '2026-11-25 10:00:00'),
       (11, 202, 'MOBILE_STATUS', '手机在网状态', null, 1, 0, 0.1500, null, null, 20, 0, '租后失联预警', null, null, null, false, false, null, null, 202, '2026-11-26 10:00:00', 1, 202, '2026-11-26 10:00:00', '2026-11-26 10:00:00'),
       (12, 201, 'VEHICLE_INFO', '车辆信息查询', 'v1', 1, 10, 1.1000, '月调用量超过1万次按1.0元/次', null, 20, 20, '车抵贷车辆核验', '审核通过', '2026-09-10 10:00:00', 15, false, false, null, 100, 2, '2026-09-10 10:00:00', 1, 2, '2026-09-09 10:00:00', '2026-09-10 10:00:00'),
       (13, 202, 'ENT_BASIC', '企业工商信息查询', 'v1', 1, 10, 0.5000, null, null, 20, 0, '承租企业核查', '审核通过', '2026-10-12 10:00:00', null, false, false, null, null, 202, '2026-10-12 10:00:00', 1, 202, '2026-10-11 10:00:00', '2026-10-12 10:00:00'),
       (14, 201, 'RISK_FUSION', '综合风险评估', 'v1', 1, 10, 1.2000, '按产品一口价计费', 20, 10, 0, '授信前综合风险评估', '审核通过', '2026-10-15 10:00:00', null, false, true, null, 100, 2, '2026-10-15 10:00:00', 1, 2, '2026-10-14 10:00:00', '2026-10-15 10:00:00')
on conflict do nothing;
insert into dept_item (id, dept_id, check_item, item_name, used_version, is_open, state, fee, fee_detail, charge_type, fee_type,
                       free_count, apply_remark, audit_remark, audit_time, cache_fetch_days, is_hidden, is_fusion,
                       fusion_dept_item_id, contract_state, salesman_id, effect_time, version, create_by, create_date, update_date)
values (15, 201, 'ID2_CHECK', '身份证二要素核验', 'v2', 1, 10, 0.2500, null, null, 10, 0, null, '随聚合产品开通', '2026-10-15 10:00:00', null, false, false, 14, 100, 2, '2026-10-15 10:00:00', 1, 2, '2026-10-14 10:00:00', '2026-10-15 10:00:00'),
       (16, 201, 'MOBILE3_CHECK', '手机三要素核验', 'v1', 1, 10, 0.4000, null, null, 10, 0, null, '随聚合产品开通', '2026-10-15 10:00:00', null, false, false, 14, 100, 2, '2026-10-15 10:00:00', 1, 2, '2026-10-14 10:00:00', '2026-10-15 10:00:00')
on conflict do nothing;

-- designated data sources: 杭州演示科技 routes ID2_CHECK to 华信 first; 星宇数据 MOBILE_STATUS to the sandbox
insert into dept_item_source_config (id, dept_id, check_item, source_id, data_source_id, priority, deleted, create_date, update_date)
values (1, 1, 'ID2_CHECK', 2, 2, 0, false, '2026-03-01 10:00:00', '2026-03-01 10:00:00'),
       (2, 1, 'ID2_CHECK', 1, 1, 1, false, '2026-03-01 10:00:00', '2026-03-01 10:00:00'),
       (3, 201, 'MOBILE_STATUS', 10, 1, 0, false, '2026-09-02 10:00:00', '2026-09-02 10:00:00')
on conflict do nothing;

-- spreader royalties asked for at accreditation (outer spreader sales03, userId 1004)
insert into dept_item_spreader_royalty (id, dept_item_id, dept_id, customer_id, check_item, spreader_id, spreader_name,
                                        royalty_type, royalty_price, royalty_rate, state, effect_month, assign_time,
                                        create_by, create_time, modify_time)
values (1, 1, 1, 1, 'ID2_CHECK', 1004, '陈销售', 'PRICE', 0.0200, null, 'BINDING', '2026-03', '2026-02-25 10:00:00', 2, '2026-02-25 10:00:00', '2026-02-25 10:00:00'),
       (2, 6, 201, 201, 'ID2_CHECK', 1004, '陈销售', 'RATE', null, 0.0500, 'BINDING', '2026-09', '2026-09-01 10:30:00', 2, '2026-09-01 10:30:00', '2026-09-01 10:30:00')
on conflict do nothing;

-- scheduled tasks: price adjustments (done, waiting) and product state changes (failed, done, waiting)
insert into schedule_task (id, task_key, biz_key, state, schedule_time, task_detail, dept_id, check_item, finish_time, error_msg,
                           cost_mills, execute_count, create_by, create_time, modify_time)
values (1, 'DEPT_ITEM_ADJUST', '1', 20, '2026-03-01 00:00:00', null, 1, 'ID2_CHECK', '2026-03-01 00:00:01', null, 38, 1, 1, '2026-02-27 16:00:00', '2026-03-01 00:00:01'),
       (2, 'DEPT_ITEM_ADJUST', '6', 0, '2027-01-01 00:00:00', null, 201, 'ID2_CHECK', null, null, null, 0, 1, '2026-11-27 10:00:00', '2026-11-27 10:00:00'),
       (3, 'DEPT_ITEM_ADJUST', '12', 0, '2027-02-01 00:00:00', null, 201, 'VEHICLE_INFO', null, null, null, 0, 1, '2026-11-27 11:00:00', '2026-11-27 11:00:00'),
       (4, 'CHECK_ITEM_CHANGE', 'VEHICLE_INFO', -10, '2026-11-20 10:00:00',
        '{"id": 6, "checkItem": "VEHICLE_INFO", "itemName": "车辆信息查询", "toState": 10, "noticeScope": 10, "noticeMethods": ["sms", "email"], "noticeCustomers": [{"deptId": 201, "userId": 211, "deptName": "杭州星宇数据服务有限公司", "mobile": "13957100211", "email": "chenxy@xingyu-data.example"}]}',
        null, 'VEHICLE_INFO', '2026-11-20 10:00:02', '调用产品服务失败: svc-apicall 无响应', 1520, 1, 1, '2026-11-18 17:00:00', '2026-11-20 10:00:02'),
       (5, 'CHECK_ITEM_CHANGE', 'BLACKLIST_V1', 20, '2026-06-30 23:00:00',
        '{"id": 9, "checkItem": "BLACKLIST_V1", "itemName": "旧版黑名单查询(停用)", "toState": -1, "noticeScope": 20, "noticeMethods": ["email"], "noticeCustomers": []}',
        null, 'BLACKLIST_V1', '2026-06-30 23:00:01', null, 420, 1, 1, '2026-06-20 10:00:00', '2026-06-30 23:00:01'),
       (6, 'CHECK_ITEM_CHANGE', 'MOBILE_STATUS', 0, '2027-01-15 02:00:00',
        '{"id": 5, "checkItem": "MOBILE_STATUS", "itemName": "手机在网状态", "toState": 5, "noticeScope": 10, "noticeMethods": ["sms"], "noticeCustomers": [{"deptId": 201, "userId": 211, "deptName": "杭州星宇数据服务有限公司", "mobile": "13957100211", "email": "chenxy@xingyu-data.example"}]}',
        null, 'MOBILE_STATUS', null, null, null, 0, 1, '2026-11-28 15:00:00', '2026-11-28 15:00:00'),
       (7, 'DEPT_ITEM_ADJUST', '2', 0, '2027-01-01 00:00:00', null, 1, 'MOBILE3_CHECK', null, null, null, 0, 1, '2026-11-27 10:30:00', '2026-11-27 10:30:00')
on conflict do nothing;

insert into dept_item_adjust (id, dept_id, dept_item_id, check_item, item_name, state, before_fee, before_fee_detail,
                              before_charge_type, before_fee_type, after_fee, after_fee_detail, after_charge_type,
                              after_fee_type, plan_time, effect_time, task_id, salesman_id, create_by, create_date, update_date)
values (1, 1, 1, 'ID2_CHECK', '身份证二要素核验', 20, 0.3000, null, null, 10, 0.2500, null, null, 10, '2026-03-01 00:00:00', '2026-03-01 00:00:01', 1, null, 1, '2026-02-27 16:00:00', '2026-03-01 00:00:01'),
       (2, 201, 6, 'ID2_CHECK', '身份证二要素核验', 0, 0.2800, null, null, 10, 0.2600, '年度续约优惠价', null, 10, '2027-01-01 00:00:00', null, 2, null, 1, '2026-11-27 10:00:00', '2026-11-27 10:00:00'),
       (3, 201, 12, 'VEHICLE_INFO', '车辆信息查询', 0, 1.1000, '月调用量超过1万次按1.0元/次', null, 20, 1.0000, null, null, 20, '2027-02-01 00:00:00', null, 3, null, 1, '2026-11-27 11:00:00', '2026-11-27 11:00:00'),
       (4, 1, 2, 'MOBILE3_CHECK', '手机三要素核验', 0, 0.4000, null, null, 10, 0.3800, '2027年度价格', null, 10, '2027-01-01 00:00:00', null, 7, null, 1, '2026-11-27 10:30:00', '2026-11-27 10:30:00'),
       (5, 201, 7, 'MOBILE_STATUS', '手机在网状态', -10, 0.1200, null, null, 20, 0.0800, null, null, 20, null, null, null, 2, 2, '2026-10-20 10:00:00', '2026-10-21 09:00:00'),
       (6, 1, 3, 'MOBILE_ONLINE_TIME', '手机在网时长', 10, 0.2000, null, null, 20, 0.1200, null, null, 20, null, null, null, 2, 2, '2026-11-26 14:00:00', '2026-11-26 14:00:00')
on conflict do nothing;
