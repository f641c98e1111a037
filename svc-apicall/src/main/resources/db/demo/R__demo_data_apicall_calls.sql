-- Demo data of the call path (local and test profiles only; idempotent, fixed ids below 10000):
--  * projections the call path reads, matching svc-customer / svc-wallet demo data (contracts-s2.md): developer
--    accounts 1 (杭州演示科技, appId nuoer_demo_app01, whitelist off), 201, 202, 301; deptItems 1–9; customers 1, 201,
--    202, 301 (assistant = sales01 = user 2 for 1 and 201); default-wallet guards 1, 201, 202 (月结), 301.
--    Secrets are svc-customer's demo secrets encrypted with svc-customer's development key (as DeptChanged carries them).
--  * 300 calls of account 1 over the last 30 days (ID2_CHECK, MOBILE3_CHECK, MOBILE_ONLINE_TIME; free counts used
--    first, failures, failovers to the second upstream, cache hits), their upstream records, charge lines (already
--    batched), usage aggregates, and cache entries. Dates are relative to the time the demo data is loaded.

insert into dept_view (dept_id, organization_id, user_id, dept_name, app_id, app_secret_enc, env, status, white_ip_list, version, updated_at) values
  (1, 1, 3, '杭州演示科技有限公司', 'nuoer_demo_app01', 'enc:v1:AQEBAQEBAQEBAQEBZnzb4MISHzP2SfC9VVviiPPNYWqV3ClP5OZh3R9VHYmG9j9rvqBDzTj444yQ3CjM', 'prod', 1, 'off', 1, timestamp '2026-03-01 00:00:00'),
  (201, 201, 211, '杭州星宇数据服务有限公司', 'nuoer_xingyu_app01', 'enc:v1:ycnJycnJycnJycnJpy7Z4Ux7YIsxvZ3iWGPslCEDD/Qid1WdPHZIiDR0zCxBD22uukNwtevaPzS/1crU', 'prod', 1, '115.236.10.0/24,115.236.11.8', 1, timestamp '2026-03-01 00:00:00'),
  (202, 202, 212, '上海云帆金融信息服务有限公司', 'nuoer_yunfan_app01', 'enc:v1:ysrKysrKysrKysrKiG8YNQPXWH9Qvs/Ip06bEfnofYPn7vZRqykaNUp+Rjwmq4hA2NS/+xCJ8DDtYLlS', 'prod', 1, 'off', 1, timestamp '2026-03-01 00:00:00'),
  (301, 301, 301, '上海第二演示数据有限公司', 'nuoer_demo2_app01', 'enc:v1:LS0tLS0tLS0tLS0tHI6GebgfumWVWukHLpJ3/br1G0of6HgIriBVBngTX9IOb1wh817UwoeUKwJLgBqV', 'prod', 0, '10.10.0.0/16,203.0.113.7', 1, timestamp '2026-03-01 00:00:00')
on conflict do nothing;

insert into dept_item_view (dept_item_id, dept_id, organization_id, merchant_id, user_id, check_item, item_name, is_fusion,
                            fusion_dept_item_id, state, is_open, fee_type, charge_type, fee, free_count, cache_fetch_days,
                            contract_state, effect_time, version, updated_at) values
  (1, 1, 1, 100001, 3, 'ID2_CHECK', '身份证二要素核验', false, null, 10, 1, 10, null, 0.2500, 100, null, 100, timestamp '2026-03-01 00:00:00', 1, timestamp '2026-03-01 00:00:00'),
  (2, 1, 1, 100001, 3, 'MOBILE3_CHECK', '手机三要素核验', false, null, 10, 1, 10, null, 0.4000, 0, null, 100, timestamp '2026-03-01 00:00:00', 1, timestamp '2026-03-01 00:00:00'),
  (3, 1, 1, 100001, 3, 'MOBILE_ONLINE_TIME', '手机在网时长', false, null, 10, 1, 20, null, 0.2000, 50, null, 100, timestamp '2026-03-01 00:00:00', 1, timestamp '2026-03-01 00:00:00'),
  (4, 1, 1, 100001, 3, 'ENT_BASIC', '企业工商信息查询', false, null, 0, 1, 20, null, 0.5000, 0, null, null, timestamp '2026-03-01 00:00:00', 1, timestamp '2026-03-01 00:00:00'),
  (5, 1, 1, 100001, 3, 'ID3_FACE', '人像三要素核验', false, null, 10, 1, 10, null, 0.7500, 0, null, null, timestamp '2026-03-01 00:00:00', 1, timestamp '2026-03-01 00:00:00'),
  (6, 201, 201, 100201, 211, 'ID2_CHECK', '身份证二要素核验', false, null, 10, 1, 10, null, 0.2800, 0, null, 100, timestamp '2026-03-01 00:00:00', 1, timestamp '2026-03-01 00:00:00'),
  (7, 201, 201, 100201, 211, 'MOBILE_STATUS', '手机在网状态', false, null, 10, 1, 20, null, 0.1200, 0, null, 100, timestamp '2026-03-01 00:00:00', 1, timestamp '2026-03-01 00:00:00'),
  (8, 202, 202, 100202, 212, 'MOBILE3_CHECK', '手机三要素核验', false, null, 10, 1, 10, null, 0.4200, 0, null, null, timestamp '2026-03-01 00:00:00', 1, timestamp '2026-03-01 00:00:00'),
  (9, 301, 301, 100301, 301, 'ID2_CHECK', '身份证二要素核验', false, null, 10, 1, 10, null, 0.3000, 0, null, 100, timestamp '2026-03-01 00:00:00', 1, timestamp '2026-03-01 00:00:00')
on conflict do nothing;

insert into customer_view (organization_id, merchant_id, user_id, organization_name, state, customer_type, assistant_id, deleted, version, updated_at) values
  (1, 100001, 3, '杭州演示科技有限公司', 10, 20, 2, false, 1, timestamp '2026-03-01 00:00:00'),
  (201, 100201, 211, '杭州星宇数据服务有限公司', 10, 20, 2, false, 1, timestamp '2026-03-01 00:00:00'),
  (202, 100202, 212, '上海云帆金融信息服务有限公司', 10, 20, 202, false, 1, timestamp '2026-03-01 00:00:00'),
  (301, 100301, 301, '上海第二演示数据有限公司', 10, 10, null, false, 1, timestamp '2026-03-01 00:00:00')
on conflict do nothing;

insert into wallet_guard (wallet_id, organization_id, merchant_id, is_default, appcode, balance, overdraft_state, overdraft_quota,
                          available, state, exhausted, version, changed_at, updated_at) values
  (1, 1, 100001, true, null, 20800.00, 10, 5000.00, 25800.00, 10, false, 5, timestamp '2026-11-20 18:00:00', timestamp '2026-11-20 18:00:00'),
  (201, 201, 100201, true, null, 8800.00, 0, 0.00, 8800.00, 10, false, 2, timestamp '2026-11-18 11:00:00', timestamp '2026-11-18 11:00:00'),
  (202, 202, 100202, true, null, 0.00, 20, 50000.00, null, 10, false, 0, timestamp '2026-10-08 09:30:00', timestamp '2026-10-08 09:30:00'),
  (301, 301, 100301, true, null, 1500.00, 0, 0.00, 1500.00, 10, false, 1, timestamp '2026-10-20 10:00:00', timestamp '2026-10-20 10:00:00')
on conflict do nothing;

-- the 300 demo calls (only once: the block does nothing when demo records exist)
do $$
declare
    names    text[] := array['张伟','王芳','李娜','刘洋','陈静','杨磊','赵敏','黄勇','周杰','吴婷','徐强','孙丽','马超','朱琳','胡斌','郭佳','何平','高翔','林峰','罗欣'];
    regions  text[] := array['浙江杭州','上海','江苏南京','广东深圳','北京'];
    base     timestamp := date_trunc('minute', localtimestamp) - interval '30 days';
    g        int;
    at       timestamp;
    item     text;
    price    numeric;
    fee_type int;
    seq      text;
    ok       boolean;
    found    boolean;
    cached   boolean;
    failover boolean;
    n_name   text;
    n_id     text;
    n_mobile text;
    res      text;
    charged  boolean;
    is_free  boolean;
    used1    int := 0;
    used3    int := 0;
    cfg_main bigint;
    cfg_2nd  bigint;
    cost2    numeric;
    src2     text;
    src2name text;
begin
    if exists (select 1 from api_record where id < 10000) then
        return;
    end if;
    for g in 1..300 loop
        at := base + (g * interval '143 minutes') + ((g * 37) % 59) * interval '1 second';
        item := case g % 3 when 0 then 'ID2_CHECK' when 1 then 'MOBILE3_CHECK' else 'MOBILE_ONLINE_TIME' end;
        price := case item when 'ID2_CHECK' then 0.25 when 'MOBILE3_CHECK' then 0.40 else 0.20 end;
        fee_type := case item when 'MOBILE_ONLINE_TIME' then 20 else 10 end;
        cfg_main := case item when 'ID2_CHECK' then 1 when 'MOBILE3_CHECK' then 5 else 8 end;
        cfg_2nd := case item when 'ID2_CHECK' then 2 when 'MOBILE3_CHECK' then 6 else 9 end;
        cost2 := case item when 'ID2_CHECK' then 0.12 when 'MOBILE3_CHECK' then 0.18 else 0.08 end;
        src2 := 'HUAXIN_DATA';
        src2name := '华信数据科技（北京）有限公司';
        seq := to_char(at, 'YYYYMMDDHH24MISS') || '000' || '00' || lpad(g::text, 5, '0');
        ok := g % 31 <> 0;
        failover := ok and g % 17 = 0;
        cached := ok and item = 'MOBILE_ONLINE_TIME' and g % 5 = 0;
        found := ok and (item <> 'MOBILE_ONLINE_TIME' or g % 7 <> 0);
        n_name := case when item = 'MOBILE_ONLINE_TIME' then null else names[1 + g % 20] end;
        n_id := case when item = 'MOBILE_ONLINE_TIME' then null
                     else '3301' || lpad(((g * 7919) % 100)::text, 2, '0') || (1970 + g % 35)::text
                          || lpad((1 + g % 12)::text, 2, '0') || lpad((1 + g % 28)::text, 2, '0') || lpad(((g * 31) % 1000)::text, 3, '0')
                          || (g % 10)::text end;
        n_mobile := case when item = 'ID2_CHECK' then null
                         else '13' || (5 + g % 5)::text || lpad(((g * 104729) % 100000000)::text, 8, '0') end;
        res := case when not ok then null
                    when item = 'MOBILE_ONLINE_TIME' and found then '{"checkItem":"MOBILE_ONLINE_TIME","result":"1","desc":"查得","data":{"onlineTime":"[24,+)"}}'
                    when item = 'MOBILE_ONLINE_TIME' then '{"checkItem":"MOBILE_ONLINE_TIME","result":"0","desc":"查无"}'
                    when g % 10 < 7 then '{"checkItem":"' || item || '","result":"1","desc":"一致"}'
                    else '{"checkItem":"' || item || '","result":"2","desc":"不一致"}' end;
        charged := ok and (fee_type = 10 or found);
        is_free := false;
        if charged and item = 'ID2_CHECK' and used1 < 100 then
            used1 := used1 + 1; is_free := true;
        elsif charged and item = 'MOBILE_ONLINE_TIME' and used3 < 50 then
            used3 := used3 + 1; is_free := true;
        end if;
        insert into api_record (id, seq_no, trade_no, dept_id, app_id, organization_id, dept_item_id, check_item, tag, name,
                                id_card, mobile, encryption_type, sign, phone_region, result, found, success, result_code,
                                result_msg, is_fee, free, fee, price, cache_flag, final_source, time, request_ip, extend,
                                wallet_id, create_date)
        values (g, seq, case when g % 4 = 0 then 'ORD' || to_char(at, 'YYYYMMDD') || lpad(g::text, 6, '0') end, 1,
                'nuoer_demo_app01', 1, case item when 'ID2_CHECK' then 1 when 'MOBILE3_CHECK' then 2 else 3 end, item,
                case when g % 2 = 0 then 'loan-apply' else 'risk-review' end, n_name, n_id, n_mobile, 1,
                md5('demo-sign-' || g), case when n_mobile is null then null else regions[1 + g % 5] end, res, found,
                case when ok then 1 else 0 end, case when not ok then -1 when found then 0 else 1 end,
                case when not ok then '沙箱数据源模拟异常；上游调用失败: HttpConnectTimeoutException'
                     when cached then '查询成功(缓存)' when found then '查询成功' else '查无数据' end,
                case when charged and not is_free then 1 else 0 end, is_free,
                case when charged and not is_free then price else 0 end, price,
                case when cached then 1 else 0 end,
                case when cached then 'CACHE' when not ok then null when failover then src2 else 'SANDBOX' end,
                case when cached then 3 when failover then 180 + g % 60 when not ok then 3000 + g % 200 else 8 + g % 25 end,
                '115.236.10.' || (10 + g % 40)::text, case when g % 6 = 0 then '{"channel":"app"}' end, 1, at);
        if not cached then
            insert into upstream_record (id, seq_no, upstream_config_id, data_source_id, data_source_code, data_source_name,
                                         third_seq_no, req_param, response, url, time, stack, item, outer_name, is_fee, cost,
                                         success, dept_id, app_id, tag, create_date)
            values (g * 2 - 1, seq, cfg_main, 1, 'SANDBOX', '诺尔沙箱数据源',
                    case when ok and not failover then 'SBX' || upper(substr(md5(seq), 1, 16)) end,
                    '{"item":"' || item || '","encryptionType":1}', case when ok and not failover then res end,
                    'sandbox://' || item, case when ok and not failover then 6 + g % 20 else 5 end,
                    case when ok and not failover then null else '沙箱数据源模拟异常 (errorRate=1.0)' end, item,
                    'SandboxUpstream', case when ok and not failover then 1 else 0 end, 0,
                    ok and not failover, 1, 'nuoer_demo_app01',
                    case when g % 2 = 0 then 'loan-apply' else 'risk-review' end, at);
            if failover or not ok then
                insert into upstream_record (id, seq_no, upstream_config_id, data_source_id, data_source_code, data_source_name,
                                             third_seq_no, req_param, response, url, time, stack, item, outer_name, is_fee,
                                             cost, success, dept_id, app_id, tag, create_date)
                values (g * 2, seq, cfg_2nd, 2, src2, src2name,
                        case when ok then 'HX' || to_char(at, 'YYYYMMDD') || lpad(g::text, 8, '0') end,
                        '{"item":"' || item || '","encryptionType":1}', case when ok then res end,
                        'https://api.huaxin-data.example/v2/verify', case when ok then 170 + g % 60 else 3000 end,
                        case when ok then null else '上游调用失败: HttpConnectTimeoutException' end, item,
                        'HuaxinIdVerifyConnector', case when ok then 1 else 0 end, case when ok then cost2 else 0 end,
                        ok, 1, 'nuoer_demo_app01', case when g % 2 = 0 then 'loan-apply' else 'risk-review' end, at);
            end if;
        end if;
        if charged and not is_free then
            insert into charge_line (id, seq_no, dept_id, organization_id, merchant_id, wallet_id, check_item, fee, batch_no,
                                     create_date)
            values (g, seq, 1, 1, 100001, 1, item, price, 'CBDEMO' || to_char(at, 'YYYYMMDD'), at);
        end if;
        if item = 'MOBILE_ONLINE_TIME' and ok and found and not cached then
            -- the answer fetched by this call, cached 7 days (later cache hits answer from it)
            insert into api_cache (cache_key, check_item, encryption_type, scene, cache_value, found, seq_no, create_date,
                                   expire_at)
            values ('MOBILE_ONLINE_TIME:' || md5('||' || n_mobile || '|'), item, 2, '', res, found, seq, at,
                    at + interval '7 days')
            on conflict do nothing;
        end if;
    end loop;
    insert into free_usage (dept_item_id, used) values (1, used1), (3, used3) on conflict do nothing;
end $$;

-- two records at fixed times with fixed seqNos (detail pages, ops corrections and the conformance cases use them):
-- an ID2_CHECK call that failed over from the sandbox to 华信, and a MOBILE_ONLINE_TIME call whose answer is cached
insert into api_record (id, seq_no, trade_no, dept_id, app_id, organization_id, dept_item_id, check_item, tag, name, id_card,
                        mobile, encryption_type, sign, phone_region, result, found, success, result_code, result_msg, is_fee,
                        free, fee, price, cache_flag, final_source, time, request_ip, extend, wallet_id, create_date) values
  (301, '202611201030000000000301', 'ORD20261120000301', 1, 'nuoer_demo_app01', 1, 1, 'ID2_CHECK', 'loan-apply', '王建国',
   '330106198503124518', null, 1, 'a3f1c9e07b2d4e8f9a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f', null,
   '{"checkItem":"ID2_CHECK","result":"1","desc":"一致"}', true, 1, 0, '查询成功', 1, false, 0.2500, 0.2500, 0,
   'HUAXIN_DATA', 214, '115.236.10.21', '{"channel":"app","orderId":"LA20261120001"}', 1, timestamp '2026-11-20 10:30:00'),
  (302, '202611201045000000000302', 'ORD20261120000302', 1, 'nuoer_demo_app01', 1, 3, 'MOBILE_ONLINE_TIME', 'risk-review', null,
   null, '13900001234', 1, 'b4e2d0f18c3e5f9a0b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a', '浙江杭州',
   '{"checkItem":"MOBILE_ONLINE_TIME","result":"1","desc":"查得","data":{"onlineTime":"[24,+)"}}', true, 1, 0, '查询成功', 1,
   false, 0.2000, 0.2000, 0, 'SANDBOX', 11, '115.236.10.22', null, 1, timestamp '2026-11-20 10:45:00')
on conflict do nothing;

insert into upstream_record (id, seq_no, upstream_config_id, data_source_id, data_source_code, data_source_name, third_seq_no,
                             req_param, response, url, time, stack, item, outer_name, is_fee, cost, success, dept_id, app_id,
                             tag, create_date) values
  (601, '202611201030000000000301', 1, 1, 'SANDBOX', '诺尔沙箱数据源', null,
   '{"item":"ID2_CHECK","name":"王*","idCard":"330106********4518","mobile":"","encryptionType":1}', null, 'sandbox://ID2_CHECK',
   5, '沙箱数据源模拟异常 (errorRate=1.0)', 'ID2_CHECK', 'SandboxUpstream', 0, 0, false, 1, 'nuoer_demo_app01', 'loan-apply',
   timestamp '2026-11-20 10:30:00'),
  (602, '202611201030000000000301', 2, 2, 'HUAXIN_DATA', '华信数据科技（北京）有限公司', 'HX2026112000000301',
   '{"item":"ID2_CHECK","name":"王*","idCard":"330106********4518","mobile":"","encryptionType":1}',
   '{"checkItem":"ID2_CHECK","result":"1","desc":"一致"}', 'https://api.huaxin-data.example/v2/id/verify2', 206, null,
   'ID2_CHECK', 'HuaxinIdVerifyConnector', 1, 0.1200, true, 1, 'nuoer_demo_app01', 'loan-apply', timestamp '2026-11-20 10:30:00'),
  (603, '202611201045000000000302', 8, 1, 'SANDBOX', '诺尔沙箱数据源', 'SBX5E1F0A9C3B7D2E4F',
   '{"item":"MOBILE_ONLINE_TIME","name":"","idCard":"","mobile":"139****1234","encryptionType":1}',
   '{"checkItem":"MOBILE_ONLINE_TIME","result":"1","desc":"查得","data":{"onlineTime":"[24,+)"}}', 'sandbox://MOBILE_ONLINE_TIME',
   9, null, 'MOBILE_ONLINE_TIME', 'SandboxUpstream', 1, 0, true, 1, 'nuoer_demo_app01', 'risk-review', timestamp '2026-11-20 10:45:00')
on conflict do nothing;

insert into charge_line (id, seq_no, dept_id, organization_id, merchant_id, wallet_id, check_item, fee, batch_no, create_date) values
  (301, '202611201030000000000301', 1, 1, 100001, 1, 'ID2_CHECK', 0.2500, 'CBDEMO20261120', timestamp '2026-11-20 10:30:00'),
  (302, '202611201045000000000302', 1, 1, 100001, 1, 'MOBILE_ONLINE_TIME', 0.2000, 'CBDEMO20261120', timestamp '2026-11-20 10:45:00')
on conflict do nothing;

-- the cached answer of record 302 (kept until ops delete it)
insert into api_cache (cache_key, check_item, encryption_type, scene, cache_value, found, seq_no, create_date, expire_at)
values ('MOBILE_ONLINE_TIME:' || md5('||13900001234|'), 'MOBILE_ONLINE_TIME', 2, '',
        '{"checkItem":"MOBILE_ONLINE_TIME","result":"1","desc":"查得","data":{"onlineTime":"[24,+)"}}', true,
        '202611201045000000000302', timestamp '2026-11-20 10:45:00', timestamp '2099-12-31 23:59:59')
on conflict do nothing;

-- a few hand-made cache entries of other products (ops added them through addCache)
insert into api_cache (cache_key, check_item, encryption_type, scene, cache_value, found, seq_no, create_date, expire_at)
select 'MOBILE_STATUS:' || md5('||' || m || '|'), 'MOBILE_STATUS', 2, '',
       '{"checkItem":"MOBILE_STATUS","result":"1","desc":"查得","data":{"status":"正常"}}', true, null,
       date_trunc('minute', localtimestamp) - interval '2 hours', date_trunc('minute', localtimestamp) + interval '22 hours'
from unnest(array['13588880001', '13966660002', '13757570003']) as m
on conflict do nothing;

insert into charge_batch (batch_no, wallet_id, organization_id, merchant_id, dept_id, line_count, fee, create_date)
select batch_no, 1, 1, 100001, 1, count(*), round(sum(fee), 2), max(create_date)
from charge_line where id < 10000 and batch_no like 'CBDEMO%' group by batch_no
on conflict do nothing;

-- usage aggregates of the demo calls (published by UsagePublisher on its first run; closed by the day-close job)
insert into usage_day (usage_date, dept_id, check_item, call_count, success_count, cache_count, free_count, charge_count, fee,
                       version, published_version, closed, updated_at)
select create_date::date, dept_id, check_item, count(*), count(*) filter (where success = 1),
       count(*) filter (where cache_flag = 1), count(*) filter (where free), count(*) filter (where is_fee = 1),
       coalesce(sum(fee) filter (where is_fee = 1), 0), 1, 0, create_date::date < current_date, localtimestamp
from api_record where id < 10000 group by 1, 2, 3
on conflict do nothing;

insert into usage_hour (usage_hour, dept_id, check_item, call_count, success_count, cache_count, charge_count, fee)
select date_trunc('hour', create_date), dept_id, check_item, count(*), count(*) filter (where success = 1),
       count(*) filter (where cache_flag = 1), count(*) filter (where is_fee = 1), coalesce(sum(fee) filter (where is_fee = 1), 0)
from api_record where id < 10000 group by 1, 2, 3
on conflict do nothing;

insert into usage_day_price (usage_date, dept_id, check_item, price, charge_count, fee)
select create_date::date, dept_id, check_item, price, count(*), sum(fee)
from api_record where id < 10000 and is_fee = 1 group by 1, 2, 3, 4
on conflict do nothing;

insert into usage_day_upstream (usage_date, dept_id, check_item, upstream_config_id, call_count, fee_count, cost)
select a.create_date::date, a.dept_id, a.check_item, u.upstream_config_id, count(*), count(*) filter (where u.is_fee = 1),
       sum(u.cost)
from upstream_record u join api_record a on a.seq_no = u.seq_no and a.create_date = u.create_date
where a.id < 10000 group by 1, 2, 3, 4
on conflict do nothing;
