-- svc-sales demo data (profiles local/test only; repeatable and idempotent: fixed ids < 10000, "on conflict do
-- nothing"). Agrees with svc-customer's demo data (db/demo/R__demo_data*.sql): sales01 = user/staff 2, sales02 = user/staff
-- 202, sales03 = staff 1004 (not a salesman yet: salesman/add case), organisations 1, 201-204, 301 with developer
-- accounts 1, 201, 202, 301 and the deptItems 1-9 of contracts-s2.md. The outer spreader 周推广 (user/staff 901) exists
-- only here. Usage snapshots cover 2026-09-01..2026-11-30 plus the 62 days before today, so the home page figures of
-- "this month" have data whenever the demo runs; sales_stat is derived from them with the same rules as StatService.

insert into staff_view (staff_id, user_id, name, mobile, email, appcode)
values (1, 1, '系统管理员', '13800000000', 'admin@nuoer.example', 'crm'),
       (2, 2, '王销售', '13800000001', 'sales01@nuoer.example', 'sales'),
       (202, 202, '李销售', '13800000002', 'sales02@nuoer.example', 'sales'),
       (1001, 1001, '李运营', '13800001001', 'ops01@nuoer.example', 'crm'),
       (1004, 1004, '陈晓东', '13800001004', 'sales03@nuoer.example', 'sales'),
       (901, 901, '周推广', '13812340901', 'zhoutg@partner.example', 'sales')
on conflict do nothing;

insert into salesman (id, salesman_id, salesman_staff_id, salesman_name, mobile, email, role_type, create_by, create_time, modify_time)
values (1, 2, 2, '王销售', '13800000001', 'sales01@nuoer.example', 'inner', 1, '2026-06-01 09:00:00', '2026-06-01 09:00:00'),
       (2, 202, 202, '李销售', '13800000002', 'sales02@nuoer.example', 'inner', 1, '2026-06-01 09:00:00', '2026-06-01 09:00:00'),
       (3, 901, 901, '周推广', '13812340901', 'zhoutg@partner.example', 'outer', 1, '2026-07-15 10:00:00', '2026-07-15 10:00:00')
on conflict do nothing;

insert into salesman_price (salesman_id, check_item, floor_price)
values (2, 'ID2_CHECK', 0.2),
       (2, 'MOBILE3_CHECK', 0.35),
       (202, 'ID2_CHECK', 0.22)
on conflict do nothing;

insert into customer_grade (id, grade_code, royalty_rate, enabled, remark, create_by, create_time, modify_time)
values (1, 'A', 0.08, true, '重点客户: 月消费1万元以上', 1, '2026-06-01 09:00:00', '2026-06-01 09:00:00'),
       (2, 'B', 0.05, true, '成长客户', 1, '2026-06-01 09:00:00', '2026-06-01 09:00:00'),
       (3, 'C', 0.03, true, '普通客户', 1, '2026-06-01 09:00:00', '2026-06-01 09:00:00'),
       (4, 'D', 0.01, false, '沉默客户(停用)', 1, '2026-06-01 09:00:00', '2026-06-01 09:00:00')
on conflict do nothing;

insert into check_item_view (check_item, item_name, check_type, fee_type, price, floor_price, state, is_fusion, applicable)
values ('ID2_CHECK', '身份证二要素核验', 200, 10, 0.3, 0.2, 10, false, true),
       ('ID3_FACE', '人像三要素核验', 200, 10, 0.8, 0.6, 10, false, true),
       ('MOBILE3_CHECK', '手机号三要素核验', 200, 10, 0.45, 0.35, 10, false, true),
       ('MOBILE_ONLINE_TIME', '手机在网时长', 100, 20, 0.25, 0.15, 10, false, true),
       ('MOBILE_STATUS', '手机在网状态', 100, 20, 0.15, 0.1, 10, false, true),
       ('VEHICLE_INFO', '车辆信息查询', 100, 20, 1.2, 0.9, 5, false, false),
       ('ENT_BASIC', '企业工商信息', 100, 20, 0.6, 0.4, 10, false, true),
       ('RISK_FUSION', '风险融合评估', 101, 10, 1.5, 1.0, 10, true, false),
       ('BLACKLIST_V1', '黑名单查询(旧版)', 111, 20, 0.5, 0.3, -1, false, false)
on conflict do nothing;

insert into customer_view (organization_id, merchant_id, user_id, organization_name, alias_name, mobile, linkman, link_mobile, email, state, customer_type, customer_nature, industry, enterprise_desc, assistant_id, opportunity_salesman_id, opportunity_role_type, join_time, profile)
values (1, 100001, 3, '杭州演示科技有限公司', '演示科技', '13900000001', '张演示', '13900000001', 'demo@demo-tech.example', 10, 20, 'LEASE3C', 'LEASE3C', '3C数码产品租赁平台，提供线上租赁与风控服务。', 2, 2, 'inner', '2026-03-01 10:00:00', '{"overdraftType": "PREPAID", "logo": "https://static.nuoerdata.com/demo/1/logo.png", "createBy": 2, "createTime": "2026-03-01 10:00:00", "sourceAppcode": "sales", "certificationList": ["https://static.nuoerdata.com/demo/1/icp.jpg"], "addressInfo": {"id": 1, "provinceCode": "330000", "provinceName": "浙江省", "cityCode": "330100", "cityName": "杭州市", "districtCode": "330106", "districtName": "西湖区", "streetCode": "330106004", "streetName": "文新街道", "addressDetail": "文三路478号华星时代广场A座12层", "fullAddress": "浙江省杭州市西湖区文新街道文三路478号华星时代广场A座12层"}, "enabledApps": [{"appcode": "beeback", "appName": "诺尔数据客户控制台", "appType": "mp", "systemCode": "nuoer", "domain": "console.nuoerdata.com", "logo": "https://static.nuoerdata.com/app/beeback.png", "tenantId": 1, "bizAppList": ["beeback"]}], "authRecord": {"id": 1, "createBy": 2, "createTime": "2026-03-01 10:00:00", "modifyTime": "2026-03-01 10:00:00", "userId": 1, "authType": 20, "state": 10, "enterpriseName": "杭州演示科技有限公司", "enterpriseNo": "91330106MA27XK9L0P", "realName": "张演示", "idCard": "330106198801011234", "mobile": "13900000001", "businessImg": "https://static.nuoerdata.com/demo/1/business-license.jpg", "idCardFront": "https://static.nuoerdata.com/demo/1/id-front.jpg", "idCardBack": "https://static.nuoerdata.com/demo/1/id-back.jpg", "workspaceImgList": ["https://static.nuoerdata.com/demo/1/office.jpg"], "certificationList": ["https://static.nuoerdata.com/demo/1/icp.jpg"], "linkman": "张演示", "linkMobile": "13900000001", "linkEmail": "demo@demo-tech.example", "linkPosition": "总经理", "businessDesc": "数据核验与风控", "addressInfo": {"id": 1, "provinceCode": "330000", "provinceName": "浙江省", "cityCode": "330100", "cityName": "杭州市", "districtCode": "330106", "districtName": "西湖区", "streetCode": "330106004", "streetName": "文新街道", "addressDetail": "文三路478号华星时代广场A座12层", "fullAddress": "浙江省杭州市西湖区文新街道文三路478号华星时代广场A座12层"}, "industry": "FINANCE", "auditTime": "2026-03-01 10:00:00", "auditRemark": "资料齐全，审核通过", "sourceAppcode": "sales", "tenantId": 1}}'::jsonb),
       (201, 100201, 211, '杭州星宇数据服务有限公司', '星宇数据', '13957100211', '陈星宇', '13957100211', 'chenxy@xingyu-data.example', 10, 20, 'CONSUMER_FINANCE', 'FINANCE', '专注消费金融风控数据服务，服务持牌消费金融机构30余家。', 2, 2, 'inner', '2026-09-01 10:00:00', '{"overdraftType": "PREPAID", "logo": "https://static.nuoerdata.com/demo/201/logo.png", "createBy": 2, "createTime": "2026-09-01 10:00:00", "sourceAppcode": "sales", "certificationList": ["https://static.nuoerdata.com/demo/201/icp.jpg"], "addressInfo": {"id": 11, "provinceCode": "330000", "provinceName": "浙江省", "cityCode": "330100", "cityName": "杭州市", "districtCode": "330106", "districtName": "西湖区", "streetCode": "330106004", "streetName": "文新街道", "addressDetail": "文三路478号华星时代广场A座12层", "fullAddress": "浙江省杭州市西湖区文新街道文三路478号华星时代广场A座12层"}, "enabledApps": [{"appcode": "beeback", "appName": "诺尔数据客户控制台", "appType": "mp", "systemCode": "nuoer", "domain": "console.nuoerdata.com", "logo": "https://static.nuoerdata.com/app/beeback.png", "tenantId": 1, "bizAppList": ["beeback"]}], "authRecord": {"id": 201, "createBy": 2, "createTime": "2026-09-01 10:00:00", "modifyTime": "2026-09-01 10:00:00", "userId": 201, "authType": 20, "state": 10, "enterpriseName": "杭州星宇数据服务有限公司", "enterpriseNo": "91330106MA2H1X2Y3K", "realName": "陈星宇", "idCard": "330106198503124518", "mobile": "13957100211", "businessImg": "https://static.nuoerdata.com/demo/201/business-license.jpg", "idCardFront": "https://static.nuoerdata.com/demo/201/id-front.jpg", "idCardBack": "https://static.nuoerdata.com/demo/201/id-back.jpg", "workspaceImgList": ["https://static.nuoerdata.com/demo/201/office.jpg"], "certificationList": ["https://static.nuoerdata.com/demo/201/icp.jpg"], "linkman": "陈星宇", "linkMobile": "13957100211", "linkEmail": "chenxy@xingyu-data.example", "linkPosition": "总经理", "businessDesc": "数据核验与风控", "addressInfo": {"id": 11, "provinceCode": "330000", "provinceName": "浙江省", "cityCode": "330100", "cityName": "杭州市", "districtCode": "330106", "districtName": "西湖区", "streetCode": "330106004", "streetName": "文新街道", "addressDetail": "文三路478号华星时代广场A座12层", "fullAddress": "浙江省杭州市西湖区文新街道文三路478号华星时代广场A座12层"}, "industry": "FINANCE", "auditTime": "2026-09-01 10:00:00", "auditRemark": "资料齐全，审核通过", "sourceAppcode": "sales", "tenantId": 1}}'::jsonb),
       (202, 100202, 212, '上海云帆金融信息服务有限公司', '云帆金融', '13661800212', '刘云帆', '13661800212', 'liuyf@yunfan-fin.example', 10, 20, 'LEASING', 'FINANCE', '融资租赁资产管理与贷后服务。', 202, 202, 'inner', '2026-09-10 10:00:00', '{"overdraftType": "PREPAID", "logo": "https://static.nuoerdata.com/demo/202/logo.png", "createBy": 2, "createTime": "2026-09-10 10:00:00", "sourceAppcode": "sales", "certificationList": ["https://static.nuoerdata.com/demo/202/icp.jpg"], "addressInfo": {"id": 2, "provinceCode": "310000", "provinceName": "上海市", "cityCode": "310100", "cityName": "上海市", "districtCode": "310115", "districtName": "浦东新区", "streetCode": "310115005", "streetName": "陆家嘴街道", "addressDetail": "世纪大道100号环球金融中心28层", "fullAddress": "上海市上海市浦东新区陆家嘴街道世纪大道100号环球金融中心28层"}, "enabledApps": [{"appcode": "beeback", "appName": "诺尔数据客户控制台", "appType": "mp", "systemCode": "nuoer", "domain": "console.nuoerdata.com", "logo": "https://static.nuoerdata.com/app/beeback.png", "tenantId": 1, "bizAppList": ["beeback"]}], "authRecord": {"id": 202, "createBy": 2, "createTime": "2026-09-10 10:00:00", "modifyTime": "2026-09-10 10:00:00", "userId": 202, "authType": 20, "state": 10, "enterpriseName": "上海云帆金融信息服务有限公司", "enterpriseNo": "91310115MA1K4B5C6D", "realName": "刘云帆", "idCard": "310115198706153321", "mobile": "13661800212", "businessImg": "https://static.nuoerdata.com/demo/202/business-license.jpg", "idCardFront": "https://static.nuoerdata.com/demo/202/id-front.jpg", "idCardBack": "https://static.nuoerdata.com/demo/202/id-back.jpg", "workspaceImgList": ["https://static.nuoerdata.com/demo/202/office.jpg"], "certificationList": ["https://static.nuoerdata.com/demo/202/icp.jpg"], "linkman": "刘云帆", "linkMobile": "13661800212", "linkEmail": "liuyf@yunfan-fin.example", "linkPosition": "总经理", "businessDesc": "数据核验与风控", "addressInfo": {"id": 2, "provinceCode": "310000", "provinceName": "上海市", "cityCode": "310100", "cityName": "上海市", "districtCode": "310115", "districtName": "浦东新区", "streetCode": "310115005", "streetName": "陆家嘴街道", "addressDetail": "世纪大道100号环球金融中心28层", "fullAddress": "上海市上海市浦东新区陆家嘴街道世纪大道100号环球金融中心28层"}, "industry": "FINANCE", "auditTime": "2026-09-10 10:00:00", "auditRemark": "资料齐全，审核通过", "sourceAppcode": "sales", "tenantId": 1}}'::jsonb),
       (203, 100203, 213, '成都蜀云网络科技有限公司', '蜀云网络', '13880800213', '王蜀云', '13880800213', 'wangsy@shuyun.example', 10, 10, 'INTERNET_PLATFORM', 'INTERNET', '互联网平台用户实名核验。', 2, null, null, '2026-10-20 10:00:00', '{"overdraftType": "UNACTIVATED", "logo": null, "createBy": 2, "createTime": "2026-10-20 10:00:00", "sourceAppcode": "sales", "certificationList": ["https://static.nuoerdata.com/demo/203/icp.jpg"], "addressInfo": {"id": 3, "provinceCode": "510000", "provinceName": "四川省", "cityCode": "510100", "cityName": "成都市", "districtCode": "510107", "districtName": "武侯区", "streetCode": "510107021", "streetName": "桂溪街道", "addressDetail": "天府大道中段666号希顿国际广场B座8层", "fullAddress": "四川省成都市武侯区桂溪街道天府大道中段666号希顿国际广场B座8层"}, "enabledApps": [{"appcode": "beeback", "appName": "诺尔数据客户控制台", "appType": "mp", "systemCode": "nuoer", "domain": "console.nuoerdata.com", "logo": "https://static.nuoerdata.com/app/beeback.png", "tenantId": 1, "bizAppList": ["beeback"]}], "authRecord": {"id": 203, "createBy": 2, "createTime": "2026-10-20 10:00:00", "modifyTime": "2026-10-20 10:00:00", "userId": 203, "authType": 20, "state": 10, "enterpriseName": "成都蜀云网络科技有限公司", "enterpriseNo": "91510107MA6C7D8E9F", "realName": "王蜀云", "idCard": "510107199002023345", "mobile": "13880800213", "businessImg": "https://static.nuoerdata.com/demo/203/business-license.jpg", "idCardFront": "https://static.nuoerdata.com/demo/203/id-front.jpg", "idCardBack": "https://static.nuoerdata.com/demo/203/id-back.jpg", "workspaceImgList": ["https://static.nuoerdata.com/demo/203/office.jpg"], "certificationList": ["https://static.nuoerdata.com/demo/203/icp.jpg"], "linkman": "王蜀云", "linkMobile": "13880800213", "linkEmail": "wangsy@shuyun.example", "linkPosition": "总经理", "businessDesc": "数据核验与风控", "addressInfo": {"id": 3, "provinceCode": "510000", "provinceName": "四川省", "cityCode": "510100", "cityName": "成都市", "districtCode": "510107", "districtName": "武侯区", "streetCode": "510107021", "streetName": "桂溪街道", "addressDetail": "天府大道中段666号希顿国际广场B座8层", "fullAddress": "四川省成都市武侯区桂溪街道天府大道中段666号希顿国际广场B座8层"}, "industry": "FINANCE", "auditTime": "2026-10-20 10:00:00", "auditRemark": "资料齐全，审核通过", "sourceAppcode": "sales", "tenantId": 1}}'::jsonb),
       (204, 100204, 214, '北京智联融通科技有限公司', '智联融通', '13910100214', '赵智联', '13910100214', 'zhaozl@zhilian-rt.example', 10, 10, 'LEASE3C', 'LEASE3C', '3C数码租赁平台，需要身份核验与反欺诈数据。', null, null, null, '2026-11-05 10:00:00', '{}'::jsonb),
       (301, 100301, 301, '上海第二演示数据有限公司', '第二演示', '13900000301', '李第二', '13900000301', 'ops@demo2-data.example', 10, 10, null, 'FINANCE', null, null, null, null, '2026-03-01 10:00:00', '{}'::jsonb)
on conflict do nothing;

insert into dept_view (dept_id, organization_id, dept_name, app_id, env, status, white_ip_list, contract_state)
values (1, 1, '杭州演示科技有限公司', 'nuoer_demo_app01', 'prod', 1, 'off', 100),
       (201, 201, '杭州星宇数据服务有限公司', 'nuoer_xingyu_app01', 'prod', 1, '115.236.10.0/24,115.236.11.8', 100),
       (202, 202, '上海云帆金融信息服务有限公司', 'nuoer_yunfan_app01', 'prod', 1, 'off', null),
       (301, 301, '上海第二演示数据有限公司', 'nuoer_demo2_app01', 'prod', 1, 'off', 100)
on conflict do nothing;

insert into dept_item_view (dept_item_id, dept_id, organization_id, check_item, item_name, is_fusion, fusion_dept_item_id, state, is_open, fee_type, charge_type, fee, fee_detail, free_count, cache_fetch_days, contract_state, org_code, effect_time, version, extra)
values (1, 1, 1, 'ID2_CHECK', '身份证二要素核验', false, null, 10, 1, 10, null, 0.25, null, 100, null, 100, null, '2026-03-01 00:00:00', 1, '{"updateDate": "2026-03-01 00:00:00", "createDate": "2026-02-26 10:00:00", "usedVersion": "v1", "applyRemark": "业务上线需要", "auditRemark": "同意开通", "auditTime": "2026-02-28 15:00:00", "taskAble": true, "categoryCode": "IDENTITY", "categoryName": "身份核验", "docUrl": "https://docs.nuoerdata.com/api/ID2_CHECK.pdf", "respTime": "200ms", "backgroundImg": "https://static.nuoerdata.com/product/ID2_CHECK.png", "description": "身份证二要素核验，实时返回核验结果", "isCollected": false, "isHidden": false, "riskThreshold": 0.8, "hasAssignSource": false}'::jsonb),
       (2, 1, 1, 'MOBILE3_CHECK', '手机号三要素核验', false, null, 10, 1, 10, null, 0.4, null, 0, null, 100, null, '2026-03-01 00:00:00', 1, '{"updateDate": "2026-03-01 00:00:00", "createDate": "2026-02-26 10:00:00", "usedVersion": "v1", "applyRemark": "业务上线需要", "auditRemark": "同意开通", "auditTime": "2026-02-28 15:00:00", "taskAble": true, "categoryCode": "MOBILE", "categoryName": "运营商核验", "docUrl": "https://docs.nuoerdata.com/api/MOBILE3_CHECK.pdf", "respTime": "200ms", "backgroundImg": "https://static.nuoerdata.com/product/MOBILE3_CHECK.png", "description": "手机号三要素核验，实时返回核验结果", "isCollected": false, "isHidden": false, "riskThreshold": 0.8, "hasAssignSource": false, "adjusting": {"id": 1, "createDate": "2026-11-20 10:00:00", "updateDate": "2026-11-20 10:00:00", "deptId": 1, "deptName": "杭州演示科技有限公司", "deptItemId": 2, "checkItem": "MOBILE3_CHECK", "itemName": "手机号三要素核验", "state": 0, "beforeFee": 0.4, "beforeFeeType": 10, "afterFee": 0.38, "afterFeeDetail": "年框客户优惠", "afterFeeType": 10, "planTime": "2026-12-01 00:00:00"}}'::jsonb),
       (3, 1, 1, 'MOBILE_ONLINE_TIME', '手机在网时长', false, null, 10, 1, 20, null, 0.2, null, 50, null, 100, null, '2026-03-01 00:00:00', 1, '{"updateDate": "2026-03-01 00:00:00", "createDate": "2026-02-26 10:00:00", "usedVersion": "v1", "applyRemark": "业务上线需要", "auditRemark": "同意开通", "auditTime": "2026-02-28 15:00:00", "taskAble": true, "categoryCode": "MOBILE", "categoryName": "运营商核验", "docUrl": "https://docs.nuoerdata.com/api/MOBILE_ONLINE_TIME.pdf", "respTime": "200ms", "backgroundImg": "https://static.nuoerdata.com/product/MOBILE_ONLINE_TIME.png", "description": "手机在网时长，实时返回核验结果", "isCollected": false, "isHidden": false, "riskThreshold": 0.8, "hasAssignSource": false}'::jsonb),
       (4, 1, 1, 'ENT_BASIC', '企业工商信息', false, null, 0, 1, 20, null, 0.5, null, 0, null, null, null, '2026-03-01 00:00:00', 1, '{"updateDate": "2026-03-01 00:00:00", "createDate": "2026-02-26 10:00:00", "usedVersion": "v1", "applyRemark": "业务上线需要", "taskAble": true, "categoryCode": "ENTERPRISE", "categoryName": "企业信息", "docUrl": "https://docs.nuoerdata.com/api/ENT_BASIC.pdf", "respTime": "200ms", "backgroundImg": "https://static.nuoerdata.com/product/ENT_BASIC.png", "description": "企业工商信息，实时返回核验结果", "isCollected": false, "isHidden": false, "riskThreshold": 0.8, "hasAssignSource": false}'::jsonb),
       (5, 1, 1, 'ID3_FACE', '人像三要素核验', false, null, 10, 1, 10, null, 0.75, null, 0, null, null, null, '2026-03-01 00:00:00', 1, '{"updateDate": "2026-03-01 00:00:00", "createDate": "2026-02-26 10:00:00", "usedVersion": "v1", "applyRemark": "业务上线需要", "auditRemark": "同意开通", "auditTime": "2026-02-28 15:00:00", "taskAble": true, "categoryCode": "IDENTITY", "categoryName": "身份核验", "docUrl": "https://docs.nuoerdata.com/api/ID3_FACE.pdf", "respTime": "200ms", "backgroundImg": "https://static.nuoerdata.com/product/ID3_FACE.png", "description": "人像三要素核验，实时返回核验结果", "isCollected": false, "isHidden": false, "riskThreshold": 0.8, "hasAssignSource": false}'::jsonb),
       (6, 201, 201, 'ID2_CHECK', '身份证二要素核验', false, null, 10, 1, 10, null, 0.28, null, 0, null, 100, null, '2026-03-01 00:00:00', 1, '{"updateDate": "2026-03-01 00:00:00", "createDate": "2026-02-26 10:00:00", "usedVersion": "v1", "applyRemark": "业务上线需要", "auditRemark": "同意开通", "auditTime": "2026-02-28 15:00:00", "taskAble": true, "categoryCode": "IDENTITY", "categoryName": "身份核验", "docUrl": "https://docs.nuoerdata.com/api/ID2_CHECK.pdf", "respTime": "200ms", "backgroundImg": "https://static.nuoerdata.com/product/ID2_CHECK.png", "description": "身份证二要素核验，实时返回核验结果", "isCollected": false, "isHidden": false, "riskThreshold": 0.8, "hasAssignSource": false}'::jsonb),
       (7, 201, 201, 'MOBILE_STATUS', '手机在网状态', false, null, 10, 1, 20, null, 0.12, null, 0, null, 100, null, '2026-03-01 00:00:00', 1, '{"updateDate": "2026-03-01 00:00:00", "createDate": "2026-02-26 10:00:00", "usedVersion": "v1", "applyRemark": "业务上线需要", "auditRemark": "同意开通", "auditTime": "2026-02-28 15:00:00", "taskAble": true, "categoryCode": "MOBILE", "categoryName": "运营商核验", "docUrl": "https://docs.nuoerdata.com/api/MOBILE_STATUS.pdf", "respTime": "200ms", "backgroundImg": "https://static.nuoerdata.com/product/MOBILE_STATUS.png", "description": "手机在网状态，实时返回核验结果", "isCollected": false, "isHidden": false, "riskThreshold": 0.8, "hasAssignSource": false}'::jsonb),
       (8, 202, 202, 'MOBILE3_CHECK', '手机号三要素核验', false, null, 10, 1, 10, null, 0.42, null, 0, null, null, null, '2026-03-01 00:00:00', 1, '{"updateDate": "2026-03-01 00:00:00", "createDate": "2026-02-26 10:00:00", "usedVersion": "v1", "applyRemark": "业务上线需要", "auditRemark": "同意开通", "auditTime": "2026-02-28 15:00:00", "taskAble": true, "categoryCode": "MOBILE", "categoryName": "运营商核验", "docUrl": "https://docs.nuoerdata.com/api/MOBILE3_CHECK.pdf", "respTime": "200ms", "backgroundImg": "https://static.nuoerdata.com/product/MOBILE3_CHECK.png", "description": "手机号三要素核验，实时返回核验结果", "isCollected": false, "isHidden": false, "riskThreshold": 0.8, "hasAssignSource": false}'::jsonb),
       (9, 301, 301, 'ID2_CHECK', '身份证二要素核验', false, null, 10, 1, 10, null, 0.3, null, 0, null, 100, null, '2026-03-01 00:00:00', 1, '{"updateDate": "2026-03-01 00:00:00", "createDate": "2026-02-26 10:00:00", "usedVersion": "v1", "applyRemark": "业务上线需要", "auditRemark": "同意开通", "auditTime": "2026-02-28 15:00:00", "taskAble": true, "categoryCode": "IDENTITY", "categoryName": "身份核验", "docUrl": "https://docs.nuoerdata.com/api/ID2_CHECK.pdf", "respTime": "200ms", "backgroundImg": "https://static.nuoerdata.com/product/ID2_CHECK.png", "description": "身份证二要素核验，实时返回核验结果", "isCollected": false, "isHidden": false, "riskThreshold": 0.8, "hasAssignSource": false}'::jsonb)
on conflict do nothing;

insert into customer_maintain (id, customer_id, dept_id, salesman_id, state, effect_month, assign_time, grade_code, royalty_rate, gain_channel, create_by, create_time, modify_time)
values (1, 1, 1, 202, 0, '2026-03', '2026-03-01 10:00:00', 'B', 0.05, 'PHONE_VISIT', 1, '2026-03-01 10:00:00', '2026-08-01 09:00:00'),
       (2, 1, 1, 2, 1, '2026-08', '2026-08-01 09:00:00', 'A', 0.06, 'PHONE_VISIT', 1, '2026-08-01 09:00:00', '2026-08-01 09:00:00'),
       (3, 201, 201, 2, 1, '2026-09', '2026-09-01 10:00:00', 'A', 0.08, 'PHONE_VISIT', 1, '2026-09-01 10:00:00', '2026-09-01 10:00:00'),
       (4, 202, 202, 202, 1, '2026-09', '2026-09-10 10:00:00', 'B', 0.05, 'EXHIBITION', 1, '2026-09-10 10:00:00', '2026-09-10 10:00:00'),
       (5, 203, null, 2, 1, '2026-11', '2026-10-20 10:00:00', 'C', 0.03, 'REFERRAL', 1, '2026-10-20 10:00:00', '2026-10-20 10:00:00')
on conflict do nothing;

insert into spreader_royalty (id, customer_id, dept_id, dept_item_id, check_item, spreader_id, royalty_type, royalty_price, royalty_rate, state, effect_month, assign_time, create_by, create_time, modify_time)
values (1, 1, 1, 2, 'MOBILE3_CHECK', 901, 'PRICE', 0.02, null, 'VALID', '2026-09', '2026-08-25 10:00:00', 1, '2026-08-25 10:00:00', '2026-08-25 10:00:00'),
       (2, 201, 201, 6, 'ID2_CHECK', 901, 'RATE', null, 0.05, 'VALID', '2026-09', '2026-09-01 10:00:00', 1, '2026-09-01 10:00:00', '2026-09-01 10:00:00'),
       (3, 1, 1, 1, 'ID2_CHECK', 901, 'RATE', null, 0.03, 'INVALID', '2026-08', '2026-08-01 10:00:00', 1, '2026-08-01 10:00:00', '2026-08-25 10:00:00')
on conflict do nothing;

insert into sales_target (id, salesman_id, month_target, quarter_target, year_target, effect_month, create_by, create_time, modify_time)
values (1, 2, 50000, 150000, 600000, '2026-09', 1, '2026-08-28 10:00:00', '2026-08-28 10:00:00'),
       (2, 202, 30000, 90000, 360000, '2026-09', 1, '2026-08-28 10:00:00', '2026-08-28 10:00:00')
on conflict do nothing;

insert into sales_target_change (id, salesman_id, month_target, quarter_target, year_target, effect_month, before_month_target, before_quarter_target, before_year_target, create_by, create_time, modify_time)
values (1, 2, 40000, 120000, 480000, '2026-06', null, null, null, 1, '2026-06-01 09:00:00', '2026-06-01 09:00:00'),
       (2, 2, 50000, 150000, 600000, '2026-09', 40000, 120000, 480000, 1, '2026-08-28 10:00:00', '2026-08-28 10:00:00'),
       (3, 202, 30000, 90000, 360000, '2026-09', null, null, null, 1, '2026-08-28 10:00:00', '2026-08-28 10:00:00')
on conflict do nothing;

insert into kpi_config (id, salesman_id, is_effect, effect_month, details, ver, tags, create_by, create_time, modify_time)
values (1, 0, true, '2026-06', '[{"code": "salesAmount", "name": "销售额", "weight": 60}, {"code": "paymentAmount", "name": "回款额", "weight": 40}]'::jsonb, 'v1', 'save', 1, '2026-06-01 09:00:00', '2026-06-01 09:00:00'),
       (2, 2, false, '2026-08', '[{"code": "salesAmount", "name": "销售额", "weight": 60}, {"code": "paymentAmount", "name": "回款额", "weight": 40}]'::jsonb, 'v1', 'save', 1, '2026-08-01 09:00:00', '2026-09-01 09:00:00'),
       (3, 2, true, '2026-09', '[{"code": "salesAmount", "name": "销售额", "target": "50000", "weight": 50}, {"code": "paymentAmount", "name": "回款额", "target": "40000", "weight": 30}, {"code": "newCustomer", "name": "新签客户", "target": "2", "weight": 20, "reachRate": 0.5}]'::jsonb, 'v2', 'save', 1, '2026-09-01 09:00:00', '2026-09-01 09:00:00')
on conflict do nothing;

insert into opportunity (id, customer_name, contact_name, contact_mobile, customer_nature, salesman_id, role_type, customer_id, create_by, create_time, modify_time)
values (1, '苏州姑苏智能科技有限公司', '顾姑苏', '13962100101', 'LEASE3C', 2, 'inner', null, 2, '2026-11-02 10:00:00', '2026-11-02 10:00:00'),
       (2, '宁波港城供应链管理有限公司', '林港城', '13857400102', 'LOGISTICS', 2, 'inner', null, 2, '2026-11-12 14:30:00', '2026-11-12 14:30:00'),
       (3, '杭州星宇数据服务有限公司', '陈星宇', '13957100211', 'CONSUMER_FINANCE', 2, 'inner', 201, 2, '2026-08-20 09:00:00', '2026-09-01 10:00:00'),
       (4, '厦门鹭岛消费金融有限公司', '黄鹭岛', '13906000104', 'CONSUMER_FINANCE', 202, 'inner', null, 202, '2026-11-18 11:00:00', '2026-11-18 11:00:00')
on conflict do nothing;

insert into follow_record (id, customer_id, opportunity_id, salesman_id, follow_type, follow_date, contact_name, contact_position, contact_mobile, flow_content, enterprise_desc, feedback, img_list, create_by, create_time, modify_time)
values (1, 1, null, 2, 'visit', '2026-11-25', '张演示', '总经理', '13900000001', '上门拜访，沟通年框续签与价格调整。', '3C数码产品租赁平台', '希望手机三要素降价到0.38元', '["https://static.nuoerdata.com/follow/1-1.jpg"]'::jsonb, 2, '2026-11-25 17:00:00', '2026-11-25 17:00:00'),
       (2, 201, null, 2, 'visit', '2026-11-18', '陈星宇', 'CEO', '13957100211', '介绍人像三要素新产品。', '消费金融风控数据服务', '有兴趣，下周测试', '["https://static.nuoerdata.com/follow/2-1.jpg", "https://static.nuoerdata.com/follow/2-2.jpg"]'::jsonb, 2, '2026-11-18 16:00:00', '2026-11-18 16:00:00'),
       (3, 202, null, 202, 'visit', '2026-11-20', '刘云帆', '风控总监', '13661800212', '季度回访，了解调用量下降原因。', '融资租赁资产管理', '业务淡季', '[]'::jsonb, 202, '2026-11-20 15:00:00', '2026-11-20 15:00:00'),
       (4, null, 1, 2, 'visit', '2026-11-05', '顾姑苏', 'CTO', '13962100101', '首次拜访，演示核验产品。', '智能硬件租赁', '需要报价', '[]'::jsonb, 2, '2026-11-05 11:00:00', '2026-11-05 11:00:00')
on conflict do nothing;

-- approved payments as svc-billing's demo data has them (R__demo_data_billing_finance.sql): only HKDEMO9301 of sales01
-- (customer 1, 280.00) has passed the audit there; 9302/9303/9305 wait and 9304 was rejected, so they are not counted
-- until PaymentApproved arrives. Royalty null, as billing's PaymentApproved carries it (no royalty-rate endpoint yet).
insert into payment_record (payment_no, customer_id, salesman_id, amount, royalty_rate, royalty_amount, payment_date)
values ('HKDEMO9301', 1, 2, 280.00, null, null, (date_trunc('month', current_date) - interval '7 month')::date + 5)
on conflict do nothing;

-- usage snapshots: one per day and opened product of the maintained accounts (deterministic counts)
insert into usage_snapshot (usage_date, dept_id, check_item, organization_id, check_item_name, call_count, charge_count,
                            fee, closed, version, received_at)
select d::date, di.dept_id, di.check_item, di.organization_id, di.item_name,
       c.charge + 5 + (extract(doy from d)::int % 7), c.charge, round(c.charge * di.fee, 2), d::date < current_date, 1,
       d::date + interval '1 day 10 minutes'
from (select generate_series(date '2026-09-01', date '2026-11-30', interval '1 day') as d
      union select generate_series(current_date - 62, current_date - 1, interval '1 day')) days
join dept_item_view di on di.state = 10 and di.dept_item_id in (1, 2, 3, 5, 6, 7, 8, 9)
cross join lateral (select 20 + ((extract(doy from d)::int * 37 + di.dept_item_id * 13) % 50)
                               + (case when extract(isodow from d) >= 6 then -10 else 0 end) as charge) c
on conflict do nothing;

-- sales_stat derived with StatService's rules: the maintain record valid for the month (latest effect month, then latest
-- assignment) gets the amount and amount × its royalty rate; each valid spreader royalty adds an "outer" row
insert into sales_stat (statistics_date, salesman_id, customer_id, dept_id, check_item, role_type, sales_amount,
                        charge_calls, call_count, royalty_amount)
select u.usage_date, m.salesman_id, u.organization_id, u.dept_id, u.check_item, 'inner', u.fee, u.charge_count,
       u.call_count, round(u.fee * coalesce(m.royalty_rate, 0), 2)
from usage_snapshot u
join lateral (select salesman_id, royalty_rate from customer_maintain
              where customer_id = u.organization_id and effect_month <= to_char(u.usage_date, 'YYYY-MM')
                and salesman_id is not null
              order by effect_month desc, assign_time desc, id desc limit 1) m on true
on conflict do nothing;

insert into sales_stat (statistics_date, salesman_id, customer_id, dept_id, check_item, role_type, sales_amount,
                        charge_calls, call_count, royalty_amount)
select u.usage_date, r.spreader_id, u.organization_id, u.dept_id, u.check_item, 'outer', u.fee, u.charge_count,
       u.call_count,
       round(case when r.royalty_type = 'PRICE' then coalesce(r.royalty_price, 0) * u.charge_count
                  else u.fee * coalesce(r.royalty_rate, 0) end, 2)
from usage_snapshot u
join spreader_royalty r on r.dept_id = u.dept_id and r.check_item = u.check_item
                       and r.effect_month <= to_char(u.usage_date, 'YYYY-MM')
                       and (r.state = 'VALID' or to_char(r.modify_time, 'YYYY-MM') > to_char(u.usage_date, 'YYYY-MM'))
on conflict do nothing;

insert into sales_stat (statistics_date, salesman_id, customer_id, dept_id, check_item, role_type, payment_amount,
                        payment_royalty_amount)
select payment_date, salesman_id, customer_id, 0, '', 'inner', sum(amount), sum(coalesce(royalty_amount, 0))
from payment_record where salesman_id is not null
group by payment_date, salesman_id, customer_id
on conflict do nothing;
