-- svc-portal demo data: categories and the documentation of the demo products of svc-apicall's catalogue
-- (same checkItem codes). Idempotent; ids below 10000. Generated once, edited by hand since.
insert into api_category (code, name, parent_code, sort) values
  ('identity', '身份核验', null, 1),
  ('mobile', '运营商数据', null, 2),
  ('vehicle', '车辆数据', null, 3),
  ('enterprise', '企业数据', null, 4),
  ('risk', '风控模型', null, 5),
  ('identity_two', '二要素核验', 'identity', 1),
  ('identity_three', '三要素与人像核验', 'identity', 2),
  ('mobile_verify', '手机号核验', 'mobile', 1),
  ('mobile_status', '号码状态', 'mobile', 2),
  ('vehicle_info', '车辆信息', 'vehicle', 1),
  ('ent_business', '工商信息', 'enterprise', 1),
  ('risk_model', '综合评估', 'risk', 1)
on conflict do nothing;

insert into api_doc (id, check_item, check_item_name, category_code, subcategory_code, api_name, api_path, request_method,
  content_type, param_schema, params_example, resp_schema, resp_example, field_schema, error_code_schema, upgrade_period,
  data_advantage, fee_type, doc_url, resp_time, background_img, description, tags, task_template, item_state, create_by,
  create_time, modify_time) values
  (1, 'ID2_CHECK', '身份证二要素核验', 'identity', 'identity_two', '身份证二要素核验', '/open/api/identity/id2Check', 'POST', 'application/json', '[{"type": "table", "title": "公共参数", "columns": [{"columnId": "name", "columnTitle": "参数名"}, {"columnId": "type", "columnTitle": "类型"}, {"columnId": "required", "columnTitle": "必填"}, {"columnId": "description", "columnTitle": "说明"}], "rows": [{"name": "appId", "type": "string", "required": "是", "description": "开发账户appId"}, {"name": "timestamp", "type": "long", "required": "是", "description": "毫秒时间戳，5分钟内有效"}, {"name": "sign", "type": "string", "required": "是", "description": "签名：SHA256(appId+timestamp+appSecret)"}, {"name": "encryptionType", "type": "int", "required": "否", "description": "加密方式 1:明文(默认),2:MD5,3:SHA256,4:SM3"}]}, {"type": "table", "title": "业务参数", "columns": [{"columnId": "name", "columnTitle": "参数名"}, {"columnId": "type", "columnTitle": "类型"}, {"columnId": "required", "columnTitle": "必填"}, {"columnId": "description", "columnTitle": "说明"}], "rows": [{"name": "name", "type": "string", "required": "是", "description": "姓名"}, {"name": "idCard", "type": "string", "required": "是", "description": "身份证号(18位)"}]}]', '{
  "appId": "nuoer_demo_app01",
  "timestamp": 1767225600000,
  "sign": "9f2c...e1",
  "encryptionType": 1,
  "name": "张三",
  "idCard": "330102199001011234"
}', '[{"type": "table", "title": "响应参数", "columns": [{"columnId": "name", "columnTitle": "字段名"}, {"columnId": "type", "columnTitle": "类型"}, {"columnId": "description", "columnTitle": "说明"}], "rows": [{"name": "code", "type": "int", "description": "响应码,0-成功"}, {"name": "msg", "type": "string", "description": "响应提示"}, {"name": "orderNo", "type": "string", "description": "请求流水号"}, {"name": "isFee", "type": "int", "description": "0不计费 1计费"}, {"name": "data", "type": "object", "description": "业务数据，见字段说明", "schemaId": "data"}]}]', '{
  "code": 0,
  "msg": "成功",
  "orderNo": "NR202601010000000001",
  "isFee": 1,
  "data": {
    "result": "1"
  }
}', '{"data": {"type": "table", "title": "data 字段说明", "columns": [{"columnId": "name", "columnTitle": "字段名"}, {"columnId": "type", "columnTitle": "类型"}, {"columnId": "description", "columnTitle": "说明"}], "rows": [{"name": "result", "type": "string", "description": "1:一致 2:不一致 3:库无"}]}}', '[{"type": "table", "title": "错误码", "columns": [{"columnId": "code", "columnTitle": "错误码"}, {"columnId": "message", "columnTitle": "说明"}, {"columnId": "charged", "columnTitle": "是否计费"}], "rows": [{"code": "0", "message": "成功", "charged": "按计费方式"}, {"code": "40001", "message": "参数校验失败", "charged": "否"}, {"code": "40100", "message": "appId或签名无效", "charged": "否"}, {"code": "40300", "message": "未开通该产品或IP不在白名单", "charged": "否"}, {"code": "40310", "message": "账户余额不足", "charged": "否"}, {"code": "42900", "message": "请求过于频繁", "charged": "否"}, {"code": "50200", "message": "数据源异常，请稍后重试", "charged": "否"}]}]', '实时', '直连权威数据源，覆盖全国18周岁以上人口', '查询计费', '/static/docs/ID2_CHECK.pdf', '平均150ms', '/static/img/identity.png', '校验姓名与身份证号是否一致，适用于实名注册、金融开户等场景', '["实名认证", "身份核验", "高频"]', '/static/templates/ID2_CHECK.xlsx', 10, 1, timestamp '2026-01-11 10:00:00', timestamp '2026-03-11 16:30:00')
on conflict do nothing;

insert into api_doc (id, check_item, check_item_name, category_code, subcategory_code, api_name, api_path, request_method,
  content_type, param_schema, params_example, resp_schema, resp_example, field_schema, error_code_schema, upgrade_period,
  data_advantage, fee_type, doc_url, resp_time, background_img, description, tags, task_template, item_state, create_by,
  create_time, modify_time) values
  (2, 'ID3_FACE', '人像三要素核验', 'identity', 'identity_three', '人像三要素核验', '/open/api/identity/faceCheck', 'POST', 'application/json', '[{"type": "table", "title": "公共参数", "columns": [{"columnId": "name", "columnTitle": "参数名"}, {"columnId": "type", "columnTitle": "类型"}, {"columnId": "required", "columnTitle": "必填"}, {"columnId": "description", "columnTitle": "说明"}], "rows": [{"name": "appId", "type": "string", "required": "是", "description": "开发账户appId"}, {"name": "timestamp", "type": "long", "required": "是", "description": "毫秒时间戳，5分钟内有效"}, {"name": "sign", "type": "string", "required": "是", "description": "签名：SHA256(appId+timestamp+appSecret)"}, {"name": "encryptionType", "type": "int", "required": "否", "description": "加密方式 1:明文(默认),2:MD5,3:SHA256,4:SM3"}]}, {"type": "table", "title": "业务参数", "columns": [{"columnId": "name", "columnTitle": "参数名"}, {"columnId": "type", "columnTitle": "类型"}, {"columnId": "required", "columnTitle": "必填"}, {"columnId": "description", "columnTitle": "说明"}], "rows": [{"name": "name", "type": "string", "required": "是", "description": "姓名"}, {"name": "idCard", "type": "string", "required": "是", "description": "身份证号(18位)"}, {"name": "photo", "type": "string", "required": "是", "description": "人像照片base64(≤200KB)", "taskMode": "file"}]}]', '{
  "appId": "nuoer_demo_app01",
  "timestamp": 1767225600000,
  "sign": "9f2c...e1",
  "encryptionType": 1,
  "name": "张三",
  "idCard": "330102199001011234",
  "photo": "/9j/4AAQSkZJRgABAQ..."
}', '[{"type": "table", "title": "响应参数", "columns": [{"columnId": "name", "columnTitle": "字段名"}, {"columnId": "type", "columnTitle": "类型"}, {"columnId": "description", "columnTitle": "说明"}], "rows": [{"name": "code", "type": "int", "description": "响应码,0-成功"}, {"name": "msg", "type": "string", "description": "响应提示"}, {"name": "orderNo", "type": "string", "description": "请求流水号"}, {"name": "isFee", "type": "int", "description": "0不计费 1计费"}, {"name": "data", "type": "object", "description": "业务数据，见字段说明", "schemaId": "data"}]}]', '{
  "code": 0,
  "msg": "成功",
  "orderNo": "NR202601010000000001",
  "isFee": 1,
  "data": {
    "result": "1",
    "score": 92.6
  }
}', '{"data": {"type": "table", "title": "data 字段说明", "columns": [{"columnId": "name", "columnTitle": "字段名"}, {"columnId": "type", "columnTitle": "类型"}, {"columnId": "description", "columnTitle": "说明"}], "rows": [{"name": "result", "type": "string", "description": "1:一致 2:不一致 3:库无"}, {"name": "score", "type": "number", "description": "人像比对分值0-100"}]}}', '[{"type": "table", "title": "错误码", "columns": [{"columnId": "code", "columnTitle": "错误码"}, {"columnId": "message", "columnTitle": "说明"}, {"columnId": "charged", "columnTitle": "是否计费"}], "rows": [{"code": "0", "message": "成功", "charged": "按计费方式"}, {"code": "40001", "message": "参数校验失败", "charged": "否"}, {"code": "40100", "message": "appId或签名无效", "charged": "否"}, {"code": "40300", "message": "未开通该产品或IP不在白名单", "charged": "否"}, {"code": "40310", "message": "账户余额不足", "charged": "否"}, {"code": "42900", "message": "请求过于频繁", "charged": "否"}, {"code": "50200", "message": "数据源异常，请稍后重试", "charged": "否"}]}]', '实时', '公安权威人像比对，活体+人像双重校验', '查询计费', '/static/docs/ID3_FACE.pdf', '平均600ms', '/static/img/identity.png', '比对姓名、身份证号与人像照片是否为同一人，适用于远程开户、刷脸认证', '["人像比对", "身份核验"]', '/static/templates/ID3_FACE.xlsx', 10, 1, timestamp '2026-01-12 10:00:00', timestamp '2026-03-12 16:30:00')
on conflict do nothing;

insert into api_doc (id, check_item, check_item_name, category_code, subcategory_code, api_name, api_path, request_method,
  content_type, param_schema, params_example, resp_schema, resp_example, field_schema, error_code_schema, upgrade_period,
  data_advantage, fee_type, doc_url, resp_time, background_img, description, tags, task_template, item_state, create_by,
  create_time, modify_time) values
  (3, 'MOBILE3_CHECK', '手机三要素核验', 'mobile', 'mobile_verify', '手机三要素核验', '/open/api/mobile/mobile3Check', 'POST', 'application/json', '[{"type": "table", "title": "公共参数", "columns": [{"columnId": "name", "columnTitle": "参数名"}, {"columnId": "type", "columnTitle": "类型"}, {"columnId": "required", "columnTitle": "必填"}, {"columnId": "description", "columnTitle": "说明"}], "rows": [{"name": "appId", "type": "string", "required": "是", "description": "开发账户appId"}, {"name": "timestamp", "type": "long", "required": "是", "description": "毫秒时间戳，5分钟内有效"}, {"name": "sign", "type": "string", "required": "是", "description": "签名：SHA256(appId+timestamp+appSecret)"}, {"name": "encryptionType", "type": "int", "required": "否", "description": "加密方式 1:明文(默认),2:MD5,3:SHA256,4:SM3"}]}, {"type": "table", "title": "业务参数", "columns": [{"columnId": "name", "columnTitle": "参数名"}, {"columnId": "type", "columnTitle": "类型"}, {"columnId": "required", "columnTitle": "必填"}, {"columnId": "description", "columnTitle": "说明"}], "rows": [{"name": "name", "type": "string", "required": "是", "description": "姓名"}, {"name": "idCard", "type": "string", "required": "是", "description": "身份证号(18位)"}, {"name": "mobile", "type": "string", "required": "是", "description": "手机号(11位)"}]}]', '{
  "appId": "nuoer_demo_app01",
  "timestamp": 1767225600000,
  "sign": "9f2c...e1",
  "encryptionType": 1,
  "name": "张三",
  "idCard": "330102199001011234",
  "mobile": "13800138000"
}', '[{"type": "table", "title": "响应参数", "columns": [{"columnId": "name", "columnTitle": "字段名"}, {"columnId": "type", "columnTitle": "类型"}, {"columnId": "description", "columnTitle": "说明"}], "rows": [{"name": "code", "type": "int", "description": "响应码,0-成功"}, {"name": "msg", "type": "string", "description": "响应提示"}, {"name": "orderNo", "type": "string", "description": "请求流水号"}, {"name": "isFee", "type": "int", "description": "0不计费 1计费"}, {"name": "data", "type": "object", "description": "业务数据，见字段说明", "schemaId": "data"}]}]', '{
  "code": 0,
  "msg": "成功",
  "orderNo": "NR202601010000000001",
  "isFee": 1,
  "data": {
    "result": "1",
    "isp": "CMCC"
  }
}', '{"data": {"type": "table", "title": "data 字段说明", "columns": [{"columnId": "name", "columnTitle": "字段名"}, {"columnId": "type", "columnTitle": "类型"}, {"columnId": "description", "columnTitle": "说明"}], "rows": [{"name": "result", "type": "string", "description": "1:一致 2:不一致 3:库无"}, {"name": "isp", "type": "string", "description": "运营商 CMCC/CUCC/CTCC"}]}}', '[{"type": "table", "title": "错误码", "columns": [{"columnId": "code", "columnTitle": "错误码"}, {"columnId": "message", "columnTitle": "说明"}, {"columnId": "charged", "columnTitle": "是否计费"}], "rows": [{"code": "0", "message": "成功", "charged": "按计费方式"}, {"code": "40001", "message": "参数校验失败", "charged": "否"}, {"code": "40100", "message": "appId或签名无效", "charged": "否"}, {"code": "40300", "message": "未开通该产品或IP不在白名单", "charged": "否"}, {"code": "40310", "message": "账户余额不足", "charged": "否"}, {"code": "42900", "message": "请求过于频繁", "charged": "否"}, {"code": "50200", "message": "数据源异常，请稍后重试", "charged": "否"}]}]', '实时', '三网覆盖，支持携号转网', '查询计费', '/static/docs/MOBILE3_CHECK.pdf', '平均300ms', '/static/img/mobile.png', '校验姓名、身份证号、手机号是否一致，适用于实名核验、反欺诈', '["运营商", "实名认证", "三网覆盖"]', '/static/templates/MOBILE3_CHECK.xlsx', 10, 1, timestamp '2026-01-13 10:00:00', timestamp '2026-03-13 16:30:00')
on conflict do nothing;

insert into api_doc (id, check_item, check_item_name, category_code, subcategory_code, api_name, api_path, request_method,
  content_type, param_schema, params_example, resp_schema, resp_example, field_schema, error_code_schema, upgrade_period,
  data_advantage, fee_type, doc_url, resp_time, background_img, description, tags, task_template, item_state, create_by,
  create_time, modify_time) values
  (4, 'MOBILE_ONLINE_TIME', '手机在网时长', 'mobile', 'mobile_status', '手机在网时长', '/open/api/mobile/onlineTime', 'POST', 'application/json', '[{"type": "table", "title": "公共参数", "columns": [{"columnId": "name", "columnTitle": "参数名"}, {"columnId": "type", "columnTitle": "类型"}, {"columnId": "required", "columnTitle": "必填"}, {"columnId": "description", "columnTitle": "说明"}], "rows": [{"name": "appId", "type": "string", "required": "是", "description": "开发账户appId"}, {"name": "timestamp", "type": "long", "required": "是", "description": "毫秒时间戳，5分钟内有效"}, {"name": "sign", "type": "string", "required": "是", "description": "签名：SHA256(appId+timestamp+appSecret)"}, {"name": "encryptionType", "type": "int", "required": "否", "description": "加密方式 1:明文(默认),2:MD5,3:SHA256,4:SM3"}]}, {"type": "table", "title": "业务参数", "columns": [{"columnId": "name", "columnTitle": "参数名"}, {"columnId": "type", "columnTitle": "类型"}, {"columnId": "required", "columnTitle": "必填"}, {"columnId": "description", "columnTitle": "说明"}], "rows": [{"name": "mobile", "type": "string", "required": "是", "description": "手机号(11位)"}]}]', '{
  "appId": "nuoer_demo_app01",
  "timestamp": 1767225600000,
  "sign": "9f2c...e1",
  "encryptionType": 1,
  "mobile": "13800138000"
}', '[{"type": "table", "title": "响应参数", "columns": [{"columnId": "name", "columnTitle": "字段名"}, {"columnId": "type", "columnTitle": "类型"}, {"columnId": "description", "columnTitle": "说明"}], "rows": [{"name": "code", "type": "int", "description": "响应码,0-成功"}, {"name": "msg", "type": "string", "description": "响应提示"}, {"name": "orderNo", "type": "string", "description": "请求流水号"}, {"name": "isFee", "type": "int", "description": "0不计费 1计费"}, {"name": "data", "type": "object", "description": "业务数据，见字段说明", "schemaId": "data"}]}]', '{
  "code": 0,
  "msg": "成功",
  "orderNo": "NR202601010000000001",
  "isFee": 1,
  "data": {
    "range": "[24,+)"
  }
}', '{"data": {"type": "table", "title": "data 字段说明", "columns": [{"columnId": "name", "columnTitle": "字段名"}, {"columnId": "type", "columnTitle": "类型"}, {"columnId": "description", "columnTitle": "说明"}], "rows": [{"name": "range", "type": "string", "description": "在网时长区间：[0,6)、[6,12)、[12,24)、[24,+)（月）"}]}}', '[{"type": "table", "title": "错误码", "columns": [{"columnId": "code", "columnTitle": "错误码"}, {"columnId": "message", "columnTitle": "说明"}, {"columnId": "charged", "columnTitle": "是否计费"}], "rows": [{"code": "0", "message": "成功", "charged": "按计费方式"}, {"code": "40001", "message": "参数校验失败", "charged": "否"}, {"code": "40100", "message": "appId或签名无效", "charged": "否"}, {"code": "40300", "message": "未开通该产品或IP不在白名单", "charged": "否"}, {"code": "40310", "message": "账户余额不足", "charged": "否"}, {"code": "42900", "message": "请求过于频繁", "charged": "否"}, {"code": "50200", "message": "数据源异常，请稍后重试", "charged": "否"}]}]', 'T+1', '三网覆盖，支持7天缓存复用', '查得计费', '/static/docs/MOBILE_ONLINE_TIME.pdf', '平均200ms', '/static/img/mobile.png', '查询手机号在网时长区间，用于评估号码稳定性', '["运营商", "反欺诈"]', '/static/templates/MOBILE_ONLINE_TIME.xlsx', 10, 1, timestamp '2026-01-14 10:00:00', timestamp '2026-03-14 16:30:00')
on conflict do nothing;

insert into api_doc (id, check_item, check_item_name, category_code, subcategory_code, api_name, api_path, request_method,
  content_type, param_schema, params_example, resp_schema, resp_example, field_schema, error_code_schema, upgrade_period,
  data_advantage, fee_type, doc_url, resp_time, background_img, description, tags, task_template, item_state, create_by,
  create_time, modify_time) values
  (5, 'MOBILE_STATUS', '手机在网状态', 'mobile', 'mobile_status', '手机在网状态', '/open/api/mobile/status', 'POST', 'application/json', '[{"type": "table", "title": "公共参数", "columns": [{"columnId": "name", "columnTitle": "参数名"}, {"columnId": "type", "columnTitle": "类型"}, {"columnId": "required", "columnTitle": "必填"}, {"columnId": "description", "columnTitle": "说明"}], "rows": [{"name": "appId", "type": "string", "required": "是", "description": "开发账户appId"}, {"name": "timestamp", "type": "long", "required": "是", "description": "毫秒时间戳，5分钟内有效"}, {"name": "sign", "type": "string", "required": "是", "description": "签名：SHA256(appId+timestamp+appSecret)"}, {"name": "encryptionType", "type": "int", "required": "否", "description": "加密方式 1:明文(默认),2:MD5,3:SHA256,4:SM3"}]}, {"type": "table", "title": "业务参数", "columns": [{"columnId": "name", "columnTitle": "参数名"}, {"columnId": "type", "columnTitle": "类型"}, {"columnId": "required", "columnTitle": "必填"}, {"columnId": "description", "columnTitle": "说明"}], "rows": [{"name": "mobile", "type": "string", "required": "是", "description": "手机号(11位)"}]}]', '{
  "appId": "nuoer_demo_app01",
  "timestamp": 1767225600000,
  "sign": "9f2c...e1",
  "encryptionType": 1,
  "mobile": "13800138000"
}', '[{"type": "table", "title": "响应参数", "columns": [{"columnId": "name", "columnTitle": "字段名"}, {"columnId": "type", "columnTitle": "类型"}, {"columnId": "description", "columnTitle": "说明"}], "rows": [{"name": "code", "type": "int", "description": "响应码,0-成功"}, {"name": "msg", "type": "string", "description": "响应提示"}, {"name": "orderNo", "type": "string", "description": "请求流水号"}, {"name": "isFee", "type": "int", "description": "0不计费 1计费"}, {"name": "data", "type": "object", "description": "业务数据，见字段说明", "schemaId": "data"}]}]', '{
  "code": 0,
  "msg": "成功",
  "orderNo": "NR202601010000000001",
  "isFee": 1,
  "data": {
    "status": "1"
  }
}', '{"data": {"type": "table", "title": "data 字段说明", "columns": [{"columnId": "name", "columnTitle": "字段名"}, {"columnId": "type", "columnTitle": "类型"}, {"columnId": "description", "columnTitle": "说明"}], "rows": [{"name": "status", "type": "string", "description": "1:正常 2:停机 3:销号 4:异常"}]}}', '[{"type": "table", "title": "错误码", "columns": [{"columnId": "code", "columnTitle": "错误码"}, {"columnId": "message", "columnTitle": "说明"}, {"columnId": "charged", "columnTitle": "是否计费"}], "rows": [{"code": "0", "message": "成功", "charged": "按计费方式"}, {"code": "40001", "message": "参数校验失败", "charged": "否"}, {"code": "40100", "message": "appId或签名无效", "charged": "否"}, {"code": "40300", "message": "未开通该产品或IP不在白名单", "charged": "否"}, {"code": "40310", "message": "账户余额不足", "charged": "否"}, {"code": "42900", "message": "请求过于频繁", "charged": "否"}, {"code": "50200", "message": "数据源异常，请稍后重试", "charged": "否"}]}]', '实时', '三网覆盖，实时状态', '查得计费', '/static/docs/MOBILE_STATUS.pdf', '平均180ms', '/static/img/mobile.png', '查询手机号当前在网状态', '["运营商", "号码状态"]', '/static/templates/MOBILE_STATUS.xlsx', 10, 1, timestamp '2026-01-15 10:00:00', timestamp '2026-03-15 16:30:00')
on conflict do nothing;

insert into api_doc (id, check_item, check_item_name, category_code, subcategory_code, api_name, api_path, request_method,
  content_type, param_schema, params_example, resp_schema, resp_example, field_schema, error_code_schema, upgrade_period,
  data_advantage, fee_type, doc_url, resp_time, background_img, description, tags, task_template, item_state, create_by,
  create_time, modify_time) values
  (6, 'VEHICLE_INFO', '车辆信息查询', 'vehicle', 'vehicle_info', '车辆信息查询', '/open/api/vehicle/info', 'POST', 'application/json', '[{"type": "table", "title": "公共参数", "columns": [{"columnId": "name", "columnTitle": "参数名"}, {"columnId": "type", "columnTitle": "类型"}, {"columnId": "required", "columnTitle": "必填"}, {"columnId": "description", "columnTitle": "说明"}], "rows": [{"name": "appId", "type": "string", "required": "是", "description": "开发账户appId"}, {"name": "timestamp", "type": "long", "required": "是", "description": "毫秒时间戳，5分钟内有效"}, {"name": "sign", "type": "string", "required": "是", "description": "签名：SHA256(appId+timestamp+appSecret)"}, {"name": "encryptionType", "type": "int", "required": "否", "description": "加密方式 1:明文(默认),2:MD5,3:SHA256,4:SM3"}]}, {"type": "table", "title": "业务参数", "columns": [{"columnId": "name", "columnTitle": "参数名"}, {"columnId": "type", "columnTitle": "类型"}, {"columnId": "required", "columnTitle": "必填"}, {"columnId": "description", "columnTitle": "说明"}], "rows": [{"name": "plateNo", "type": "string", "required": "是", "description": "车牌号"}, {"name": "plateType", "type": "string", "required": "否", "description": "号牌种类 02:小型汽车(默认)"}]}]', '{
  "appId": "nuoer_demo_app01",
  "timestamp": 1767225600000,
  "sign": "9f2c...e1",
  "encryptionType": 1,
  "plateNo": "浙A12345",
  "plateType": "02"
}', '[{"type": "table", "title": "响应参数", "columns": [{"columnId": "name", "columnTitle": "字段名"}, {"columnId": "type", "columnTitle": "类型"}, {"columnId": "description", "columnTitle": "说明"}], "rows": [{"name": "code", "type": "int", "description": "响应码,0-成功"}, {"name": "msg", "type": "string", "description": "响应提示"}, {"name": "orderNo", "type": "string", "description": "请求流水号"}, {"name": "isFee", "type": "int", "description": "0不计费 1计费"}, {"name": "data", "type": "object", "description": "业务数据，见字段说明", "schemaId": "data"}]}]', '{
  "code": 0,
  "msg": "成功",
  "orderNo": "NR202601010000000001",
  "isFee": 1,
  "data": {
    "brand": "大众",
    "model": "帕萨特 2.0T",
    "registerDate": "2019-06-18",
    "useNature": "非营运"
  }
}', '{"data": {"type": "table", "title": "data 字段说明", "columns": [{"columnId": "name", "columnTitle": "字段名"}, {"columnId": "type", "columnTitle": "类型"}, {"columnId": "description", "columnTitle": "说明"}], "rows": [{"name": "brand", "type": "string", "description": "品牌"}, {"name": "model", "type": "string", "description": "车型"}, {"name": "registerDate", "type": "string", "description": "初次登记日期"}, {"name": "useNature", "type": "string", "description": "使用性质"}]}}', '[{"type": "table", "title": "错误码", "columns": [{"columnId": "code", "columnTitle": "错误码"}, {"columnId": "message", "columnTitle": "说明"}, {"columnId": "charged", "columnTitle": "是否计费"}], "rows": [{"code": "0", "message": "成功", "charged": "按计费方式"}, {"code": "40001", "message": "参数校验失败", "charged": "否"}, {"code": "40100", "message": "appId或签名无效", "charged": "否"}, {"code": "40300", "message": "未开通该产品或IP不在白名单", "charged": "否"}, {"code": "40310", "message": "账户余额不足", "charged": "否"}, {"code": "42900", "message": "请求过于频繁", "charged": "否"}, {"code": "50200", "message": "数据源异常，请稍后重试", "charged": "否"}]}]', 'T+1', '覆盖全国31省机动车登记信息', '查得计费', '/static/docs/VEHICLE_INFO.pdf', '平均800ms', '/static/img/vehicle.png', '按车牌号查询车辆品牌、型号、登记日期、使用性质', '["车辆", "保险", "汽车金融"]', '/static/templates/VEHICLE_INFO.xlsx', 10, 1, timestamp '2026-01-16 10:00:00', timestamp '2026-03-16 16:30:00')
on conflict do nothing;

insert into api_doc (id, check_item, check_item_name, category_code, subcategory_code, api_name, api_path, request_method,
  content_type, param_schema, params_example, resp_schema, resp_example, field_schema, error_code_schema, upgrade_period,
  data_advantage, fee_type, doc_url, resp_time, background_img, description, tags, task_template, item_state, create_by,
  create_time, modify_time) values
  (7, 'ENT_BASIC', '企业工商信息查询', 'enterprise', 'ent_business', '企业工商信息查询', '/open/api/enterprise/basic', 'POST', 'application/json', '[{"type": "table", "title": "公共参数", "columns": [{"columnId": "name", "columnTitle": "参数名"}, {"columnId": "type", "columnTitle": "类型"}, {"columnId": "required", "columnTitle": "必填"}, {"columnId": "description", "columnTitle": "说明"}], "rows": [{"name": "appId", "type": "string", "required": "是", "description": "开发账户appId"}, {"name": "timestamp", "type": "long", "required": "是", "description": "毫秒时间戳，5分钟内有效"}, {"name": "sign", "type": "string", "required": "是", "description": "签名：SHA256(appId+timestamp+appSecret)"}, {"name": "encryptionType", "type": "int", "required": "否", "description": "加密方式 1:明文(默认),2:MD5,3:SHA256,4:SM3"}]}, {"type": "table", "title": "业务参数", "columns": [{"columnId": "name", "columnTitle": "参数名"}, {"columnId": "type", "columnTitle": "类型"}, {"columnId": "required", "columnTitle": "必填"}, {"columnId": "description", "columnTitle": "说明"}], "rows": [{"name": "keyword", "type": "string", "required": "是", "description": "企业名称或统一社会信用代码"}]}]', '{
  "appId": "nuoer_demo_app01",
  "timestamp": 1767225600000,
  "sign": "9f2c...e1",
  "encryptionType": 1,
  "keyword": "杭州演示科技有限公司"
}', '[{"type": "table", "title": "响应参数", "columns": [{"columnId": "name", "columnTitle": "字段名"}, {"columnId": "type", "columnTitle": "类型"}, {"columnId": "description", "columnTitle": "说明"}], "rows": [{"name": "code", "type": "int", "description": "响应码,0-成功"}, {"name": "msg", "type": "string", "description": "响应提示"}, {"name": "orderNo", "type": "string", "description": "请求流水号"}, {"name": "isFee", "type": "int", "description": "0不计费 1计费"}, {"name": "data", "type": "object", "description": "业务数据，见字段说明", "schemaId": "data"}]}]', '{
  "code": 0,
  "msg": "成功",
  "orderNo": "NR202601010000000001",
  "isFee": 1,
  "data": {
    "entName": "杭州演示科技有限公司",
    "creditCode": "91330106MA2XXXXXX1",
    "legalPerson": "王强",
    "regCapital": "1000万人民币",
    "establishDate": "2018-03-20",
    "entStatus": "存续"
  }
}', '{"data": {"type": "table", "title": "data 字段说明", "columns": [{"columnId": "name", "columnTitle": "字段名"}, {"columnId": "type", "columnTitle": "类型"}, {"columnId": "description", "columnTitle": "说明"}], "rows": [{"name": "entName", "type": "string", "description": "企业名称"}, {"name": "creditCode", "type": "string", "description": "统一社会信用代码"}, {"name": "legalPerson", "type": "string", "description": "法定代表人"}, {"name": "regCapital", "type": "string", "description": "注册资本"}, {"name": "establishDate", "type": "string", "description": "成立日期"}, {"name": "entStatus", "type": "string", "description": "经营状态"}]}}', '[{"type": "table", "title": "错误码", "columns": [{"columnId": "code", "columnTitle": "错误码"}, {"columnId": "message", "columnTitle": "说明"}, {"columnId": "charged", "columnTitle": "是否计费"}], "rows": [{"code": "0", "message": "成功", "charged": "按计费方式"}, {"code": "40001", "message": "参数校验失败", "charged": "否"}, {"code": "40100", "message": "appId或签名无效", "charged": "否"}, {"code": "40300", "message": "未开通该产品或IP不在白名单", "charged": "否"}, {"code": "40310", "message": "账户余额不足", "charged": "否"}, {"code": "42900", "message": "请求过于频繁", "charged": "否"}, {"code": "50200", "message": "数据源异常，请稍后重试", "charged": "否"}]}]', 'T+1', '覆盖全国1.8亿市场主体', '查得计费', '/static/docs/ENT_BASIC.pdf', '平均250ms', '/static/img/enterprise.png', '查询企业照面信息：名称、信用代码、法人、注册资本、经营状态', '["企业", "工商", "KYB"]', '/static/templates/ENT_BASIC.xlsx', 10, 1, timestamp '2026-01-17 10:00:00', timestamp '2026-03-17 16:30:00')
on conflict do nothing;

insert into api_doc (id, check_item, check_item_name, category_code, subcategory_code, api_name, api_path, request_method,
  content_type, param_schema, params_example, resp_schema, resp_example, field_schema, error_code_schema, upgrade_period,
  data_advantage, fee_type, doc_url, resp_time, background_img, description, tags, task_template, item_state, create_by,
  create_time, modify_time) values
  (8, 'RISK_FUSION', '综合风险评估', 'risk', 'risk_model', '综合风险评估', '/open/api/risk/fusion', 'POST', 'application/json', '[{"type": "table", "title": "公共参数", "columns": [{"columnId": "name", "columnTitle": "参数名"}, {"columnId": "type", "columnTitle": "类型"}, {"columnId": "required", "columnTitle": "必填"}, {"columnId": "description", "columnTitle": "说明"}], "rows": [{"name": "appId", "type": "string", "required": "是", "description": "开发账户appId"}, {"name": "timestamp", "type": "long", "required": "是", "description": "毫秒时间戳，5分钟内有效"}, {"name": "sign", "type": "string", "required": "是", "description": "签名：SHA256(appId+timestamp+appSecret)"}, {"name": "encryptionType", "type": "int", "required": "否", "description": "加密方式 1:明文(默认),2:MD5,3:SHA256,4:SM3"}]}, {"type": "table", "title": "业务参数", "columns": [{"columnId": "name", "columnTitle": "参数名"}, {"columnId": "type", "columnTitle": "类型"}, {"columnId": "required", "columnTitle": "必填"}, {"columnId": "description", "columnTitle": "说明"}], "rows": [{"name": "name", "type": "string", "required": "是", "description": "姓名"}, {"name": "idCard", "type": "string", "required": "是", "description": "身份证号(18位)"}, {"name": "mobile", "type": "string", "required": "是", "description": "手机号(11位)"}]}]', '{
  "appId": "nuoer_demo_app01",
  "timestamp": 1767225600000,
  "sign": "9f2c...e1",
  "encryptionType": 1,
  "name": "张三",
  "idCard": "330102199001011234",
  "mobile": "13800138000"
}', '[{"type": "table", "title": "响应参数", "columns": [{"columnId": "name", "columnTitle": "字段名"}, {"columnId": "type", "columnTitle": "类型"}, {"columnId": "description", "columnTitle": "说明"}], "rows": [{"name": "code", "type": "int", "description": "响应码,0-成功"}, {"name": "msg", "type": "string", "description": "响应提示"}, {"name": "orderNo", "type": "string", "description": "请求流水号"}, {"name": "isFee", "type": "int", "description": "0不计费 1计费"}, {"name": "data", "type": "object", "description": "业务数据，见字段说明", "schemaId": "data"}]}]', '{
  "code": 0,
  "msg": "成功",
  "orderNo": "NR202601010000000001",
  "isFee": 1,
  "data": {
    "score": 35,
    "level": "LOW",
    "subResults": [
      {
        "checkItem": "MOBILE3_CHECK",
        "result": "1"
      }
    ]
  }
}', '{"data": {"type": "table", "title": "data 字段说明", "columns": [{"columnId": "name", "columnTitle": "字段名"}, {"columnId": "type", "columnTitle": "类型"}, {"columnId": "description", "columnTitle": "说明"}], "rows": [{"name": "score", "type": "int", "description": "综合风险分 0-100，越高风险越大"}, {"name": "level", "type": "string", "description": "风险等级 LOW/MEDIUM/HIGH"}, {"name": "subResults", "type": "array", "description": "子项结果"}]}}', '[{"type": "table", "title": "错误码", "columns": [{"columnId": "code", "columnTitle": "错误码"}, {"columnId": "message", "columnTitle": "说明"}, {"columnId": "charged", "columnTitle": "是否计费"}], "rows": [{"code": "0", "message": "成功", "charged": "按计费方式"}, {"code": "40001", "message": "参数校验失败", "charged": "否"}, {"code": "40100", "message": "appId或签名无效", "charged": "否"}, {"code": "40300", "message": "未开通该产品或IP不在白名单", "charged": "否"}, {"code": "40310", "message": "账户余额不足", "charged": "否"}, {"code": "42900", "message": "请求过于频繁", "charged": "否"}, {"code": "50200", "message": "数据源异常，请稍后重试", "charged": "否"}]}]', '实时', '聚合多维数据，一次调用综合评估', '查询计费', '/static/docs/RISK_FUSION.pdf', '平均900ms', '/static/img/risk.png', '聚合身份、运营商、黑名单多个子项，输出综合风险分', '["聚合产品", "风控", "模型"]', '/static/templates/RISK_FUSION.xlsx', 10, 1, timestamp '2026-01-18 10:00:00', timestamp '2026-03-18 16:30:00')
on conflict do nothing;

insert into api_doc (id, check_item, check_item_name, category_code, subcategory_code, api_name, api_path, request_method,
  content_type, param_schema, params_example, resp_schema, resp_example, field_schema, error_code_schema, upgrade_period,
  data_advantage, fee_type, doc_url, resp_time, background_img, description, tags, task_template, item_state, create_by,
  create_time, modify_time) values
  (9, 'BLACKLIST_V1', '旧版黑名单查询(停用)', 'risk', 'risk_model', '旧版黑名单查询(停用)', '/open/api/risk/blacklistV1', 'POST', 'application/json', '[{"type": "table", "title": "公共参数", "columns": [{"columnId": "name", "columnTitle": "参数名"}, {"columnId": "type", "columnTitle": "类型"}, {"columnId": "required", "columnTitle": "必填"}, {"columnId": "description", "columnTitle": "说明"}], "rows": [{"name": "appId", "type": "string", "required": "是", "description": "开发账户appId"}, {"name": "timestamp", "type": "long", "required": "是", "description": "毫秒时间戳，5分钟内有效"}, {"name": "sign", "type": "string", "required": "是", "description": "签名：SHA256(appId+timestamp+appSecret)"}, {"name": "encryptionType", "type": "int", "required": "否", "description": "加密方式 1:明文(默认),2:MD5,3:SHA256,4:SM3"}]}, {"type": "table", "title": "业务参数", "columns": [{"columnId": "name", "columnTitle": "参数名"}, {"columnId": "type", "columnTitle": "类型"}, {"columnId": "required", "columnTitle": "必填"}, {"columnId": "description", "columnTitle": "说明"}], "rows": [{"name": "idCard", "type": "string", "required": "是", "description": "身份证号(18位)"}]}]', '{
  "appId": "nuoer_demo_app01",
  "timestamp": 1767225600000,
  "sign": "9f2c...e1",
  "encryptionType": 1,
  "idCard": "330102199001011234"
}', '[{"type": "table", "title": "响应参数", "columns": [{"columnId": "name", "columnTitle": "字段名"}, {"columnId": "type", "columnTitle": "类型"}, {"columnId": "description", "columnTitle": "说明"}], "rows": [{"name": "code", "type": "int", "description": "响应码,0-成功"}, {"name": "msg", "type": "string", "description": "响应提示"}, {"name": "orderNo", "type": "string", "description": "请求流水号"}, {"name": "isFee", "type": "int", "description": "0不计费 1计费"}, {"name": "data", "type": "object", "description": "业务数据，见字段说明", "schemaId": "data"}]}]', '{
  "code": 0,
  "msg": "成功",
  "orderNo": "NR202601010000000001",
  "isFee": 1,
  "data": {
    "hit": 0
  }
}', '{"data": {"type": "table", "title": "data 字段说明", "columns": [{"columnId": "name", "columnTitle": "字段名"}, {"columnId": "type", "columnTitle": "类型"}, {"columnId": "description", "columnTitle": "说明"}], "rows": [{"name": "hit", "type": "int", "description": "0未命中 1命中"}]}}', '[{"type": "table", "title": "错误码", "columns": [{"columnId": "code", "columnTitle": "错误码"}, {"columnId": "message", "columnTitle": "说明"}, {"columnId": "charged", "columnTitle": "是否计费"}], "rows": [{"code": "0", "message": "成功", "charged": "按计费方式"}, {"code": "40001", "message": "参数校验失败", "charged": "否"}, {"code": "40100", "message": "appId或签名无效", "charged": "否"}, {"code": "40300", "message": "未开通该产品或IP不在白名单", "charged": "否"}, {"code": "40310", "message": "账户余额不足", "charged": "否"}, {"code": "42900", "message": "请求过于频繁", "charged": "否"}, {"code": "50200", "message": "数据源异常，请稍后重试", "charged": "否"}]}]', 'T+1', '已停用', '查询计费', '/static/docs/BLACKLIST_V1.pdf', '平均200ms', '/static/img/risk.png', '已下架，文档不再展示', '["黑名单"]', '/static/templates/BLACKLIST_V1.xlsx', -1, 1, timestamp '2026-01-19 10:00:00', timestamp '2026-03-19 16:30:00')
on conflict do nothing;

-- a favourite of the demo developer (user 3 / dept 1) so queryDetail shows isCollected=true
insert into api_collect (id, user_id, dept_id, check_item, create_time) values (1, 3, 1, 'MOBILE3_CHECK', timestamp '2026-03-01 09:00:00')
on conflict do nothing;
