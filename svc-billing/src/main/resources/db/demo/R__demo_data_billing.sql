-- svc-billing demo data (repeatable, idempotent: "on conflict do nothing", fixed ids < 10000). Dates are relative to
-- the day the demo database is created: daily usage of the last two months up to yesterday, statements of last month
-- in every state (0 待核准, 10 待确认, 20 已确认, 30 已归档) and of older months for the other lists.
-- Projection rows match svc-customer's demo customers (contracts-s2): org 1 / dept 1 (sales01 = user 2),
-- org 201 / dept 201 (sales01), org 202 / dept 202 (sales02 = user 202), org 301 / dept 301 (no salesman).

insert into customer_view (organization_id, merchant_id, user_id, name, email, assistant_id, state, deleted, version)
values (1, 100001, 3, '杭州演示科技有限公司', 'demo@demo-tech.example', 2, 10, false, 0),
       (201, 100201, 211, '杭州星宇数据服务有限公司', 'chenxy@xingyu-data.example', 2, 10, false, 0),
       (202, 100202, 212, '上海云帆金融信息服务有限公司', 'liuyf@yunfan-fin.example', 202, 10, false, 0),
       (301, 100301, 301, '上海第二演示数据有限公司', 'ops@demo2-data.example', null, 10, false, 0)
on conflict do nothing;

insert into dept_view (dept_id, organization_id, user_id, dept_name, app_id, emails, overdraft_type, version)
values (1, 1, 3, '杭州演示科技有限公司', 'nuoer_demo_app01', 'demo@demo-tech.example,finance@demo-tech.example', 0, 0),
       (201, 201, 211, '杭州星宇数据服务有限公司', 'nuoer_xingyu_app01', 'chenxy@xingyu-data.example', 0, 0),
       (202, 202, 212, '上海云帆金融信息服务有限公司', 'nuoer_yunfan_app01', 'liuyf@yunfan-fin.example', 20, 0),
       (301, 301, 301, '上海第二演示数据有限公司', 'nuoer_demo2_app01', 'ops@demo2-data.example', 0, 0)
on conflict do nothing;

-- the demo deptItems (contracts-s2) with their prices and one upstream each
create temporary table demo_item (dept_id bigint, org bigint, user_id bigint, app_id varchar, check_item varchar,
    name varchar, price numeric(18, 4), free_total int, base int, cfg int, ds int, ds_code varchar, ds_name varchar,
    cost numeric(18, 4)) on commit drop;
insert into demo_item values
  (1, 1, 3, 'nuoer_demo_app01', 'ID2_CHECK', '身份证二要素核验', 0.2500, 100, 420, 2, 2, 'HUAXIN_DATA', '华信数据科技（北京）有限公司', 0.1200),
  (1, 1, 3, 'nuoer_demo_app01', 'MOBILE3_CHECK', '手机三要素核验', 0.4000, 0, 260, 6, 3, 'TIANYUAN_CREDIT', '天元征信服务（上海）有限公司', 0.1800),
  (1, 1, 3, 'nuoer_demo_app01', 'MOBILE_ONLINE_TIME', '手机在网时长', 0.2000, 50, 150, 7, 3, 'TIANYUAN_CREDIT', '天元征信服务（上海）有限公司', 0.0800),
  (201, 201, 211, 'nuoer_xingyu_app01', 'ID2_CHECK', '身份证二要素核验', 0.2800, 0, 610, 2, 2, 'HUAXIN_DATA', '华信数据科技（北京）有限公司', 0.1200),
  (201, 201, 211, 'nuoer_xingyu_app01', 'MOBILE_STATUS', '手机在网状态', 0.1200, 0, 330, 8, 3, 'TIANYUAN_CREDIT', '天元征信服务（上海）有限公司', 0.0500),
  (202, 202, 212, 'nuoer_yunfan_app01', 'MOBILE3_CHECK', '手机三要素核验', 0.4200, 0, 380, 6, 3, 'TIANYUAN_CREDIT', '天元征信服务（上海）有限公司', 0.1800),
  (301, 301, 301, 'nuoer_demo2_app01', 'ID2_CHECK', '身份证二要素核验', 0.3000, 0, 120, 2, 2, 'HUAXIN_DATA', '华信数据科技（北京）有限公司', 0.1200);

-- daily usage snapshots: from the first day of the month before last up to yesterday
create temporary table demo_day on commit drop as
select d::date usage_date, i.*,
       (i.base + ((extract(day from d)::int * 37 + i.dept_id::int * 11 + length(i.check_item) * 7) % 180)
        - case when extract(isodow from d) >= 6 then i.base / 2 else 0 end)::bigint calls
from demo_item i
cross join generate_series(date_trunc('month', current_date) - interval '2 month', current_date - 1, interval '1 day') d;

insert into usage_day (usage_date, dept_id, check_item, check_item_name, app_id, organization_id, user_id, call_count,
                       success_count, cache_count, free_count, charge_count, fee, lines, upstreams, version, closed,
                       aggregated_at)
select usage_date, dept_id, check_item, name, app_id, org, user_id, calls, calls - failed, calls / 12, free,
       calls - failed - free, round((calls - failed - free) * price, 2),
       jsonb_build_array(jsonb_build_object('price', price, 'count', calls - failed - free)),
       jsonb_build_array(jsonb_build_object('upstreamConfigId', cfg, 'dataSourceId', ds, 'dataSourceCode', ds_code,
                                            'dataSourceName', ds_name, 'count', calls - calls / 12,
                                            'feeCount', calls - calls / 12 - failed,
                                            'cost', round((calls - calls / 12 - failed) * cost, 2))),
       1, true, (usage_date + 1) + time '00:10'
from (select dd.*, dd.calls / 25 failed,
             case when dd.usage_date = (date_trunc('month', current_date) - interval '2 month')::date
                  then least(dd.free_total, dd.calls - dd.calls / 25) else 0 end free
      from demo_day dd) x
on conflict do nothing;

-- cust_daily (ids 1000-2999) and source_daily (ids 3000-4999) rows of those days
insert into bill_detail (id, bill_date, bill_type, dept_id, app_id, check_item, check_item_name, count, free_count,
                         charge_count, price, total_fee, total_cost, settled_amount, receivable_amount, create_date,
                         update_date)
select 1000 + row_number() over (order by u.usage_date, u.dept_id, u.check_item), to_char(u.usage_date, 'YYYY-MM-DD'),
       'cust_daily', u.dept_id, u.app_id, u.check_item, u.check_item_name, u.call_count, u.free_count, u.charge_count,
       i.price, u.fee, (u.upstreams -> 0 ->> 'cost')::numeric,
       case when dv.overdraft_type = 20 then 0 else u.fee end, case when dv.overdraft_type = 20 then u.fee else 0 end,
       u.usage_date + 1 + time '00:30', u.usage_date + 1 + time '00:30'
from usage_day u
join demo_item i on i.dept_id = u.dept_id and i.check_item = u.check_item
join dept_view dv on dv.dept_id = u.dept_id
on conflict do nothing;

insert into bill_detail (id, bill_date, bill_type, dept_id, app_id, check_item, check_item_name, data_source_id,
                         data_source, data_source_code, check_config_id, count, free_count, charge_count, price,
                         total_cost, create_date, update_date)
select 3000 + row_number() over (order by u.usage_date, u.dept_id, u.check_item), to_char(u.usage_date, 'YYYY-MM-DD'),
       'source_daily', u.dept_id, u.app_id, u.check_item, u.check_item_name, i.ds, i.ds_name, i.ds_code, i.cfg,
       (u.upstreams -> 0 ->> 'count')::bigint, 0, (u.upstreams -> 0 ->> 'feeCount')::bigint, i.cost,
       (u.upstreams -> 0 ->> 'cost')::numeric, u.usage_date + 1 + time '00:30', u.usage_date + 1 + time '00:30'
from usage_day u
join demo_item i on i.dept_id = u.dept_id and i.check_item = u.check_item
on conflict do nothing;

-- statements: last month (M1) in every state, older months for the other operations. Demo statements have fixed
-- numbers BSDEMO<id> (the conformance cases name them); generated ones are BS<yyyyMM><deptId 8 digits>.
create temporary table demo_statement (id bigint, dept_id bigint, months_back int, state int) on commit drop;
insert into demo_statement values
  (9001, 1, 1, 0), (9002, 201, 1, 10), (9003, 202, 1, 20), (9004, 301, 1, 30),
  (9005, 1, 2, 10), (9006, 201, 2, 0), (9007, 202, 2, 30), (9014, 301, 2, 10),
  (9008, 1, 3, 20), (9009, 201, 3, 20), (9010, 1, 4, 0), (9011, 201, 4, 0), (9012, 1, 5, 0), (9013, 1, 6, -1);

insert into bill_statement (id, statement_no, bill_date, organization_id, user_id, dept_id, app_id, state, overdraft_type,
                            emails, recheck_time, confirm_date, archive_time, create_time, update_time)
select ds.id, 'BSDEMO' || ds.id,
       to_char(date_trunc('month', current_date) - make_interval(months => ds.months_back), 'YYYY-MM'),
       dv.organization_id, dv.user_id, ds.dept_id, dv.app_id, ds.state, dv.overdraft_type, dv.emails,
       case when ds.state in (10, 20, 30) then date_trunc('month', current_date) - make_interval(months => ds.months_back - 1) + interval '2 day 10 hour' end,
       case when ds.state in (20, 30) then date_trunc('month', current_date) - make_interval(months => ds.months_back - 1) + interval '5 day 15 hour' end,
       case when ds.state = 30 then date_trunc('month', current_date) - make_interval(months => ds.months_back - 1) + interval '8 day 9 hour' end,
       date_trunc('month', current_date) - make_interval(months => ds.months_back - 1) + interval '2 hour',
       date_trunc('month', current_date) - make_interval(months => ds.months_back - 1) + interval '2 hour'
from demo_statement ds join dept_view dv on dv.dept_id = ds.dept_id
on conflict do nothing;

-- lines of the last two months from the usage (ids 5000-5999), of older months from typical volumes (6000-6999)
insert into bill_detail (id, bill_date, bill_type, dept_id, app_id, check_item, check_item_name, count, free_count,
                         charge_count, price, total_fee, total_cost, settled_amount, receivable_amount, statement_no,
                         create_date, update_date)
select 5000 + row_number() over (order by s.id, u.check_item), s.bill_date, 'cust_monthly', s.dept_id, s.app_id,
       u.check_item, max(u.check_item_name), sum(u.call_count), sum(u.free_count), sum(u.charge_count), max(i.price),
       round(sum(u.charge_count) * max(i.price), 2), 0,
       case when s.overdraft_type = 20 then 0 else round(sum(u.charge_count) * max(i.price), 2) end,
       case when s.overdraft_type = 20 then round(sum(u.charge_count) * max(i.price), 2) else 0 end,
       s.statement_no, max(s.create_time), max(s.create_time)
from bill_statement s
join usage_day u on u.dept_id = s.dept_id and to_char(u.usage_date, 'YYYY-MM') = s.bill_date
join demo_item i on i.dept_id = u.dept_id and i.check_item = u.check_item
where s.id in (select id from demo_statement where months_back <= 2)
group by s.id, s.bill_date, s.dept_id, s.app_id, s.statement_no, s.overdraft_type, u.check_item
on conflict do nothing;

insert into bill_detail (id, bill_date, bill_type, dept_id, app_id, check_item, check_item_name, count, free_count,
                         charge_count, price, total_fee, total_cost, settled_amount, receivable_amount, statement_no,
                         create_date, update_date)
select 6000 + row_number() over (order by s.id, i.check_item), s.bill_date, 'cust_monthly', s.dept_id, s.app_id,
       i.check_item, i.name, i.base * 26, 0, i.base * 26 - i.base, i.price, round((i.base * 25) * i.price, 2), 0,
       case when s.overdraft_type = 20 then 0 else round((i.base * 25) * i.price, 2) end,
       case when s.overdraft_type = 20 then round((i.base * 25) * i.price, 2) else 0 end,
       s.statement_no, s.create_time, s.create_time
from bill_statement s join demo_item i on i.dept_id = s.dept_id
where s.id in (select id from demo_statement where months_back > 2)
on conflict do nothing;

-- manual lines (saveSubBill) of the two statements still 待核准 that crm (9001) and sales (9006) edit
insert into bill_detail (id, bill_date, bill_type, dept_id, app_id, check_item, check_item_name, count, free_count,
                         charge_count, price, total_fee, total_cost, settled_amount, receivable_amount, statement_no,
                         manual, create_date, update_date)
select v.id, s.bill_date, 'cust_monthly', s.dept_id, s.app_id, v.check_item, v.name, v.cnt, 0, v.cnt, v.price,
       round(v.cnt * v.price, 2), 0, 0, round(v.cnt * v.price, 2), s.statement_no, true, s.create_time, s.create_time
from (values (7001, 9001, 'ADJUST', '技术服务费调整', 1, 200.0000),
             (7002, 9001, 'ADJUST', '重复计费冲正', 1, 0.0000),
             (7005, 9001, 'ID2_CHECK', '身份证二要素核验(线下补录)', 120, 0.2500),
             (7006, 9001, 'ID2_CHECK', '身份证二要素核验(线下补录)', 80, 0.2500),
             (7003, 9006, 'ADJUST', '技术服务费调整', 1, 150.0000),
             (7004, 9006, 'ADJUST', '重复计费冲正', 1, 0.0000),
             (7007, 9006, 'ID2_CHECK', '身份证二要素核验(线下补录)', 100, 0.2800),
             (7008, 9006, 'ID2_CHECK', '身份证二要素核验(线下补录)', 60, 0.2800)) v(id, statement_id, check_item, name, cnt, price)
join bill_statement s on s.id = v.statement_id
on conflict do nothing;

-- statement totals from their lines (only demo statements still at 0)
update bill_statement s
set total_amount = t.total, can_invoice_amount = t.total, settled_amount = t.settled,
    payment_state = case when t.total = 0 or t.settled >= t.total then 20 when t.settled > 0 then 10 else 0 end
from (select statement_no, sum(total_fee) total, sum(coalesce(settled_amount, 0)) settled from bill_detail
      where bill_type = 'cust_monthly' and not removed group by statement_no) t
where t.statement_no = s.statement_no and s.id < 10000 and s.total_amount = 0;

update bill_detail b set statement_no = s.statement_no
from bill_statement s
where b.bill_type = 'cust_daily' and b.statement_no is null and s.id < 10000 and b.dept_id = s.dept_id
  and substr(b.bill_date, 1, 7) = s.bill_date;

-- monthly upstream bills of the closed months (ids 8000-8999)
insert into bill_detail (id, bill_date, bill_type, dept_id, app_id, check_item, check_item_name, data_source_id,
                         data_source, data_source_code, check_config_id, count, free_count, charge_count, price,
                         total_cost, create_date, update_date)
select 8000 + row_number() over (order by substr(b.bill_date, 1, 7), b.dept_id, b.check_item), substr(b.bill_date, 1, 7),
       'source_monthly', b.dept_id, max(b.app_id), b.check_item, max(b.check_item_name), b.data_source_id,
       max(b.data_source), max(b.data_source_code), b.check_config_id, sum(b.count), 0, sum(b.charge_count),
       max(b.price), sum(b.total_cost), max(b.create_date), max(b.create_date)
from bill_detail b
where b.bill_type = 'source_daily' and b.id < 10000
  and substr(b.bill_date, 1, 7) < to_char(current_date, 'YYYY-MM')
group by substr(b.bill_date, 1, 7), b.dept_id, b.check_item, b.data_source_id, b.check_config_id
on conflict do nothing;

insert into billing_close (kind, period, closed_at)
select 'MONTH', to_char(date_trunc('month', current_date) - make_interval(months => m), 'YYYY-MM'),
       date_trunc('month', current_date) - make_interval(months => m - 1) + interval '2 hour'
from generate_series(1, 2) m
on conflict do nothing;

-- send records of the statements already sent
insert into bill_send_record (id, statement_id, receiver_list, cc_list, attachment_url, send_time, state, send_by)
select v.id, s.id, v.receivers, v.cc, 'https://static.nuoerdata.com/bill/' || s.statement_no || '.pdf',
       coalesce(s.recheck_time, s.create_time) + interval '1 hour', v.state, 1
from (values (9101, 9002, 'chenxy@xingyu-data.example', 'sales01@nuoer.example', 1),
             (9102, 9003, 'liuyf@yunfan-fin.example', 'sales02@nuoer.example', 1),
             (9103, 9004, 'ops@demo2-data.example', '', 1),
             (9104, 9005, 'demo@demo-tech.example,finance@demo-tech.example', 'sales01@nuoer.example', 1),
             (9105, 9007, 'liuyf@yunfan-fin.example', '', -1),
             (9106, 9007, 'liuyf@yunfan-fin.example', 'sales02@nuoer.example', 1)) v(id, statement_id, receivers, cc, state)
join bill_statement s on s.id = v.statement_id
on conflict do nothing;
