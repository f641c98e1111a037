-- Demo data of svc-apicall's catalogue (local and test profiles only): 9 products, 3 data sources in use (SANDBOX
-- built in) and a former one, upstream configurations per product. Fixed ids below 10000, idempotent. Product ids/codes 1-8 are shared with
-- the portal's API docs. Upstream credentials are encrypted with the development default of nuoer.apicall.secret-key
-- (AES-GCM, "enc:v1:"); the SANDBOX configurations come first (priority 0) so demo calls never leave the platform.

insert into data_source (id, data_source_code, data_source_name, builtin, create_date, update_date) values
  (1, 'SANDBOX', '诺尔沙箱数据源', true, timestamp '2026-01-05 09:00:00', timestamp '2026-01-05 09:00:00'),
  (2, 'HUAXIN_DATA', '华信数据科技（北京）有限公司', false, timestamp '2026-01-06 10:30:00', timestamp '2026-03-12 14:20:00'),
  (3, 'TIANYUAN_CREDIT', '天元征信服务（上海）有限公司', false, timestamp '2026-01-08 15:10:00', timestamp '2026-02-20 11:05:00'),
  -- a former provider no configuration uses any more
  (4, 'JUXIN_LEGACY', '聚信数据（已停止合作）', false, timestamp '2025-06-18 09:20:00', timestamp '2025-12-30 18:00:00')
on conflict do nothing;

insert into check_item (id, check_item, item_name, check_type, state, is_open, cache_flag, cache_time, fee_type,
                        risk_threshold, price, floor_price, applicable, is_fusion, max_free_count, encryptable, create_by,
                        create_date, update_date) values
  (1, 'ID2_CHECK', '身份证二要素核验', 200, 10, 1, 0, 0, 10, null, 0.3000, 0.2000, true, false, 100, '1,2,3', 1, timestamp '2026-01-11 10:00:00', timestamp '2026-03-11 16:30:00'),
  (2, 'ID3_FACE', '人像三要素核验', 200, 10, 1, 0, 0, 10, null, 0.8000, 0.5500, true, false, 50, '1', 1, timestamp '2026-01-12 10:00:00', timestamp '2026-03-12 16:30:00'),
  (3, 'MOBILE3_CHECK', '手机三要素核验', 200, 10, 1, 0, 0, 10, null, 0.4500, 0.3000, true, false, 100, '1,2,3,4', 1, timestamp '2026-01-13 10:00:00', timestamp '2026-03-13 16:30:00'),
  (4, 'MOBILE_ONLINE_TIME', '手机在网时长', 100, 10, 1, 1, 7, 20, null, 0.2500, 0.1500, true, false, 200, '1,2,3', 1, timestamp '2026-01-14 10:00:00', timestamp '2026-03-14 16:30:00'),
  (5, 'MOBILE_STATUS', '手机在网状态', 100, 10, 1, 1, 1, 20, null, 0.1500, 0.1000, true, false, 200, '1,2,3', 1, timestamp '2026-01-15 10:00:00', timestamp '2026-03-15 16:30:00'),
  (6, 'VEHICLE_INFO', '车辆信息查询', 100, 5, 1, 1, 30, 20, null, 1.2000, 0.9000, false, false, 20, '1', 1, timestamp '2026-01-16 10:00:00', timestamp '2026-03-16 16:30:00'),
  (7, 'ENT_BASIC', '企业工商信息查询', 100, 10, 1, 1, 30, 20, null, 0.5000, 0.3500, true, false, 100, '1', 1, timestamp '2026-01-17 10:00:00', timestamp '2026-03-17 16:30:00'),
  (8, 'RISK_FUSION', '综合风险评估', 112, 10, 1, 0, 0, 10, 60.0000, 1.5000, 1.1000, false, true, 30, '1,2,3', 1, timestamp '2026-01-18 10:00:00', timestamp '2026-03-18 16:30:00'),
  (9, 'BLACKLIST_V1', '旧版黑名单查询(停用)', 111, -1, 0, 0, 0, 10, null, 0.4000, 0.3000, false, false, 0, '1', 1, timestamp '2026-01-19 10:00:00', timestamp '2026-03-19 16:30:00')
on conflict do nothing;

insert into check_item_sub_item (check_item_id, sort, sub_item) values
  (8, 0, 'ID2_CHECK'),
  (8, 1, 'MOBILE3_CHECK'),
  (8, 2, 'MOBILE_ONLINE_TIME')
on conflict do nothing;

insert into upstream_config (id, check_item, data_source_id, scene, priority, service, req_key, req_secret, req_url,
                             cost, cost_detail, extra, create_date, update_date) values
  (1, 'ID2_CHECK', 1, '', 0, 'SandboxUpstream',
   null,
   null,
   'sandbox://ID2_CHECK', 0.0000, null, '{"latencyMs":5,"errorRate":0}', timestamp '2026-02-01 09:30:00', timestamp '2026-03-01 17:45:00'),
  (2, 'ID2_CHECK', 2, '', 1, 'HuaxinIdVerifyConnector',
   'enc:v1:qIIRgh/m1tDSX9wxSv1nTcHSndFPFe+QjSmUJlclhVvMe+dCeCr2F8MXkQ==',
   'enc:v1:1mS01O5kiGqzAImebf2mKx9wEKN3URKyWbFhaDE7fJp0ru8gXQH0SYFzGvN6XAuDDw==',
   'https://api.huaxin-data.example/v2/id/verify2', 0.1200, '0.12元/次，月结', null, timestamp '2026-02-02 09:30:00', timestamp '2026-03-02 17:45:00'),
  (3, 'ID3_FACE', 1, '', 0, 'SandboxUpstream',
   null,
   null,
   'sandbox://ID3_FACE', 0.0000, null, '{"latencyMs":20,"errorRate":0}', timestamp '2026-02-03 09:30:00', timestamp '2026-03-03 17:45:00'),
  (4, 'ID3_FACE', 3, '', 1, 'TianyuanFaceConnector',
   'enc:v1:wus75btgFMCE8BjDGZfs1b+1gsFIKJRCQ/LncPe/8ELNbe8vCncYEN58EXA=',
   'enc:v1:Riypf83nJ5YQc/zvmwZpksuOTWrhzYOPbDkgOQVVlwTXXbPO79/pbzUWH2q3S9E46i00',
   'https://open.tianyuan-credit.example/face/v1/compare', 0.3500, '0.35元/次，预付费', null, timestamp '2026-02-04 09:30:00', timestamp '2026-03-04 17:45:00'),
  (5, 'MOBILE3_CHECK', 1, '', 0, 'SandboxUpstream',
   null,
   null,
   'sandbox://MOBILE3_CHECK', 0.0000, null, '{"latencyMs":8,"errorRate":0}', timestamp '2026-02-05 09:30:00', timestamp '2026-03-05 17:45:00'),
  (6, 'MOBILE3_CHECK', 2, '', 1, 'HuaxinMobileConnector',
   'enc:v1:dyKhJbaTlTbhKMd2PpLQ+8UKemd3EhbFmAL16dtKh94PBDg8H5K6mMA4JA==',
   'enc:v1:3/DiRO1qpcTUMdqe7teDY2uKTOx1B5wV2TBEJpk3Ht5Q4LQ/Cuiu0zQ9trH1AJHRbA==',
   'https://api.huaxin-data.example/v2/mobile/verify3', 0.1800, '三网合一 0.18元/次', null, timestamp '2026-02-06 09:30:00', timestamp '2026-03-06 17:45:00'),
  (7, 'MOBILE3_CHECK', 3, '', 2, 'TianyuanMobileConnector',
   'enc:v1:8csJmFVyFklEjyCaQ9pV7zrc4ICOS761aiyf9Q/YHdUsjoDA4HI8ca/VdIVWLQ==',
   'enc:v1:u07yaz94Tn8uUc17ERl57GhDTpeBldmYcw8Mz2tkBiUq9iisieY38OWuTpBXEUoWEDw=',
   'https://open.tianyuan-credit.example/mobile/v1/three', 0.2000, '0.20元/次', null, timestamp '2026-02-07 09:30:00', timestamp '2026-03-07 17:45:00'),
  (8, 'MOBILE_ONLINE_TIME', 1, '', 0, 'SandboxUpstream',
   null,
   null,
   'sandbox://MOBILE_ONLINE_TIME', 0.0000, null, '{"latencyMs":6,"errorRate":0}', timestamp '2026-02-08 09:30:00', timestamp '2026-03-08 17:45:00'),
  (9, 'MOBILE_ONLINE_TIME', 2, '', 1, 'HuaxinMobileConnector',
   'enc:v1:i3IFrTdNL+a96TiB8aIBdfs64EVnXHJiiCJehzklcQiqZhOQAIObSozs2Q==',
   'enc:v1:FwaTB3Qm28bzbdfO/Gl1zuV0NES3YJ/ITCpBVW4JCjNC/i2FWjp4EQb1ZvyYAOcbKA==',
   'https://api.huaxin-data.example/v2/mobile/onlineTime', 0.0800, '查得计费 0.08元/次', null, timestamp '2026-02-09 09:30:00', timestamp '2026-03-09 17:45:00'),
  (10, 'MOBILE_STATUS', 1, '', 0, 'SandboxUpstream',
   null,
   null,
   'sandbox://MOBILE_STATUS', 0.0000, null, '{"latencyMs":4,"errorRate":0}', timestamp '2026-02-10 09:30:00', timestamp '2026-03-10 17:45:00'),
  (11, 'VEHICLE_INFO', 1, '', 0, 'SandboxUpstream',
   null,
   null,
   'sandbox://VEHICLE_INFO', 0.0000, null, '{"latencyMs":30,"errorRate":0.02}', timestamp '2026-02-11 09:30:00', timestamp '2026-03-11 17:45:00'),
  (12, 'VEHICLE_INFO', 3, '', 1, 'TianyuanVehicleConnector',
   'enc:v1:cnczhU7zuZIC7AekUITYj8yCazz8QR5Cppk7YA5mrAA30l/vg0d2PgnX1fYz+pc=',
   'enc:v1:4XQSKv+DsCnDHCa6sA6CaAFIV7TINm9PWSsK91JMK6P/kCAAVPgUlBiWRq+TsL4aaXU=',
   'https://open.tianyuan-credit.example/vehicle/v1/info', 0.6000, '0.60元/次', null, timestamp '2026-02-12 09:30:00', timestamp '2026-03-12 17:45:00'),
  (13, 'ENT_BASIC', 1, '', 0, 'SandboxUpstream',
   null,
   null,
   'sandbox://ENT_BASIC', 0.0000, null, '{"latencyMs":10,"errorRate":0}', timestamp '2026-02-13 09:30:00', timestamp '2026-03-13 17:45:00'),
  (14, 'ENT_BASIC', 3, '', 1, 'TianyuanEnterpriseConnector',
   'enc:v1:fNcktvNYXwdsvRJaE37/anlx7kHLPbheZGgAqb/xUHvcLysjdifinbZPPw==',
   'enc:v1:ccoHRMwzTT2NmS14bxlH7x196GVcPqJDwJ548v+JgA9ylvFjGR5rxd/tL8WKwNrMhpQ=',
   'https://open.tianyuan-credit.example/enterprise/v1/basic', 0.1500, '0.15元/次', null, timestamp '2026-02-14 09:30:00', timestamp '2026-03-14 17:45:00'),
  (15, 'BLACKLIST_V1', 2, '', 1, 'HuaxinBlacklistConnector',
   'enc:v1:iE7aeK7x1jsd33CWqpcqaexZ7+Gaf7b2JspHcc8Sobq6JzVi3sqn+x9+9l4aDg==',
   'enc:v1:KZkSjYJtAhZm+0FdrjwwkSRzbUKcwdbed0TJPf2gTSUt1rD4pCM5PJxYkSCo5WDTAFUwPZw=',
   'https://api.huaxin-data.example/v1/blacklist', 0.2000, '旧版接口，已停用', null, timestamp '2025-08-15 09:30:00', timestamp '2025-12-30 17:45:00')
on conflict do nothing;
