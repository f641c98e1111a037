-- Demo data of svc-apicall's alert rules, model matching and back-testing (local and test profiles only). Fixed ids
-- below 10000, idempotent. The sample files named here are copied into the file storage at start-up from
-- classpath:demo-files/ (ModelDemoFiles), and the result files of the finished demo matches are generated from them.

-- alert rules: 杭州演示科技 (dept 1, org 1, contacts 301/302 of svc-customer) and the second customer (dept 301)
insert into forewarn_item (id, dept_id, organization_id, dept_name, check_item, period_seconds, error_count, contact_ids,
                           create_by, create_date, update_date) values
  (1, 1, 1, '杭州演示科技有限公司', 'ID2_CHECK', 300, 10, '[301, 302]', 3,
   timestamp '2026-03-02 10:15:00', timestamp '2026-03-02 10:15:00'),
  (2, 1, 1, '杭州演示科技有限公司', 'MOBILE3_CHECK', 600, 20, '[301]', 3,
   timestamp '2026-03-02 10:16:00', timestamp '2026-03-05 09:40:00'),
  (3, 301, 301, '上海第二演示数据有限公司', 'ID2_CHECK', 300, 5, '[303]', 301,
   timestamp '2026-03-04 14:00:00', timestamp '2026-03-04 14:00:00')
on conflict do nothing;

insert into forewarn_alert (id, forewarn_item_id, dept_id, organization_id, check_item, period_seconds, error_count,
                            fail_count, window_start, fired_at, contact_ids, notice_state, notice_count, attempts,
                            create_date) values
  (1, 1, 1, 1, 'ID2_CHECK', 300, 10, 10, timestamp '2026-03-06 15:37:12', timestamp '2026-03-06 15:42:12',
   '[301, 302]', 10, 5, 1, timestamp '2026-03-06 15:42:12')
on conflict do nothing;

insert into model_match_record (id, model_code, model_name, note, dept_ids, dept_names, file_name, file_key,
                                match_columns, state, result_key, sample_count, processed_count, match_count,
                                error_msg, attempts, appcode, create_by, create_date, update_date, finish_time) values
  (1, 'RISK_FUSION', '综合风险评估', 'v2.3 2026Q1', '[1]', '["杭州演示科技有限公司"]', '2026Q1信贷样本.csv',
   'model/match/demo/sample.csv', '{"name": "姓名", "mobile": "手机号", "idcard": "身份证号"}', 20,
   'model/result/1.xlsx', 20, 20, 15, null, 1, 'crm', 1,
   timestamp '2026-03-10 09:30:00', timestamp '2026-03-10 09:30:05', timestamp '2026-03-10 09:30:05'),
  (2, 'RISK_FUSION', '综合风险评估', 'v2.2', '[1, 201]', '["杭州演示科技有限公司", "杭州星宇数据服务有限公司"]',
   '星宇联合样本.csv', 'model/match/demo/sample.csv', '{"mobile": "手机号", "idcard": "身份证号"}', 20,
   'model/result/2.xlsx', 20, 20, 15, null, 1, 'crm', 1,
   timestamp '2026-03-12 14:05:00', timestamp '2026-03-12 14:05:04', timestamp '2026-03-12 14:05:04'),
  (3, 'RISK_FUSION', '综合风险评估', 'v2.4 灰度', '[202]', '["上海云帆金融信息服务有限公司"]', '云帆样本.csv',
   'model/match/demo/missing.csv', '{"mobile": "手机号"}', -10, null, 0, 0, 0, '样本文件不存在', 3, 'crm', 1,
   timestamp '2026-03-15 11:20:00', timestamp '2026-03-15 11:21:30', timestamp '2026-03-15 11:21:30')
on conflict do nothing;

insert into back_test_batch (id, back_name, models, batch_count, file_key, fix_columns, result_columns, sample_count,
                             appcode, create_by, create_date, update_date) values
  (1, '2026Q1信贷回溯样本', 'RISK_FUSION', 1, 'model/back/demo/back-2026q1.csv',
   '{"name": "姓名", "mobile": "手机号", "idcard": "身份证号"}',
   '[{"columnName": "风险评分v1", "modelCode": "RISK_FUSION", "note": "v1 基线"}, {"columnName": "风险评分v2", "modelCode": "RISK_FUSION", "note": "v2 融合"}]',
   20, 'crm', 1, timestamp '2026-03-08 16:00:00', timestamp '2026-03-08 16:00:00')
on conflict do nothing;

insert into back_test_upload (id, batch_id, batch_no, file_key, fix_columns, result_columns, sample_count, create_by,
                              create_date) values
  (1, 1, 1, 'model/back/demo/back-2026q1.csv', '{"name": "姓名", "mobile": "手机号", "idcard": "身份证号"}',
   '[{"columnName": "风险评分v1", "modelCode": "RISK_FUSION", "note": "v1 基线"}, {"columnName": "风险评分v2", "modelCode": "RISK_FUSION", "note": "v2 融合"}]',
   20, 1, timestamp '2026-03-08 16:00:00')
on conflict do nothing;
