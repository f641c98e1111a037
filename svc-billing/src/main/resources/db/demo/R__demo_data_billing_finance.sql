-- svc-billing demo data of invoices and payments (repeatable, idempotent: "on conflict do nothing" / guarded updates,
-- fixed ids < 10000). Runs after R__demo_data_billing.sql (statements BSDEMO9001-9014). Adds three older statements
-- with an amount still receivable (BSDEMO9021-9023), invoices in every state over the confirmed demo statements,
-- invoice headers, and payments of sales01 (customers 1 and 201) in states 0 / 10 / -10. sales02's customer (202)
-- has none, so sales02's payment list is empty.

-- contacts of the demo customers (svc-customer organisation linkman / link_mobile)
update customer_view v set linkman = x.linkman, link_mobile = x.mobile
from (values (1, '张演示', '13900000001'), (201, '陈星宇', '13957100211'), (202, '刘云帆', '13661800212'),
             (301, '李第二', '13900000301')) x(org, linkman, mobile)
where v.organization_id = x.org and v.linkman is null;

-- older statements, partly paid from the wallet (settled) with the rest receivable: months 8 and 7 before now
create temporary table demo_fin_statement (id bigint, dept_id bigint, months_back int, state int, total numeric(18, 2),
    settled numeric(18, 2), paid numeric(18, 2)) on commit drop;
insert into demo_fin_statement values
  (9021, 1, 8, 30, 1280.00, 1000.00, 280.00),
  (9022, 1, 7, 20, 2450.00, 2000.00, 0),
  (9023, 201, 7, 20, 1000.00, 610.00, 0);

insert into bill_statement (id, statement_no, bill_date, organization_id, user_id, dept_id, app_id, state, overdraft_type,
                            total_amount, can_invoice_amount, settled_amount, payment_amount, payment_state, emails,
                            recheck_time, confirm_date, archive_time, create_time, update_time)
select f.id, 'BSDEMO' || f.id,
       to_char(date_trunc('month', current_date) - make_interval(months => f.months_back), 'YYYY-MM'),
       dv.organization_id, dv.user_id, f.dept_id, dv.app_id, f.state, dv.overdraft_type, f.total, f.total, f.settled,
       f.paid, case when f.settled + f.paid >= f.total then 20 when f.settled + f.paid > 0 then 10 else 0 end, dv.emails,
       date_trunc('month', current_date) - make_interval(months => f.months_back - 1) + interval '2 day 10 hour',
       date_trunc('month', current_date) - make_interval(months => f.months_back - 1) + interval '5 day 15 hour',
       case when f.state = 30 then date_trunc('month', current_date) - make_interval(months => f.months_back - 1) + interval '8 day 9 hour' end,
       date_trunc('month', current_date) - make_interval(months => f.months_back - 1) + interval '2 hour',
       date_trunc('month', current_date) - make_interval(months => f.months_back - 1) + interval '2 hour'
from demo_fin_statement f join dept_view dv on dv.dept_id = f.dept_id
on conflict do nothing;

insert into bill_detail (id, bill_date, bill_type, dept_id, app_id, check_item, check_item_name, count, free_count,
                         charge_count, price, total_fee, total_cost, settled_amount, receivable_amount, statement_no,
                         create_date, update_date)
select v.id, s.bill_date, 'cust_monthly', s.dept_id, s.app_id, v.item, v.name, v.cnt, 0, v.cnt, v.price,
       round(v.cnt * v.price, 2), 0, v.settled, round(v.cnt * v.price, 2) - v.settled, s.statement_no, s.create_time,
       s.create_time
from (values (6801, 9021, 'ID2_CHECK', '身份证二要素核验', 3200, 0.2500, 640.00),
             (6802, 9021, 'MOBILE3_CHECK', '手机三要素核验', 1200, 0.4000, 360.00),
             (6803, 9022, 'ID2_CHECK', '身份证二要素核验', 5800, 0.2500, 1200.00),
             (6804, 9022, 'MOBILE3_CHECK', '手机三要素核验', 2500, 0.4000, 800.00),
             (6805, 9023, 'ID2_CHECK', '身份证二要素核验', 2500, 0.2800, 400.00),
             (6806, 9023, 'MOBILE_STATUS', '手机在网状态', 2500, 0.1200, 210.00)) v(id, statement_id, item, name, cnt, price, settled)
join bill_statement s on s.id = v.statement_id
on conflict do nothing;

-- invoices (0 待审核, 10 开票中, 20 已开票, -10 已驳回) over confirmed / archived demo statements
insert into invoice (id, organization_id, user_id, dept_id, invoice_type, state, invoice_amount, header_name, tin, email,
                     invoice_time, invoice_url, reject_reason, audit_time, audit_by, source_app, create_by, create_date,
                     update_date)
select v.id, dv.organization_id, dv.user_id, v.dept_id, v.type, v.state, v.amount, v.header, v.tin, v.email,
       case when v.state = 20 then current_date - v.days_ago + time '16:30' end,
       case when v.state = 20 then 'https://static.nuoerdata.com/invoice/' || to_char(current_date - v.days_ago, 'YYYYMM') || '/INV' || v.id || '.pdf' end,
       case when v.state = -10 then '发票抬头与营业执照上的企业名称不一致，请核对后重新申请' end,
       case when v.state <> 0 then current_date - v.days_ago + time '11:00' end,
       case when v.state <> 0 then 1 end, v.source, v.creator,
       current_date - v.days_ago + time '09:20', current_date - v.days_ago + time '16:30'
from (values (9201, 1, 'special', 20, 500.00, '杭州演示科技有限公司', '91330106MA2H0DEMO1', 'finance@demo-tech.example', 40, 'ops', 1),
             (9202, 1, 'normal', 10, 300.00, '杭州演示科技有限公司', '91330106MA2H0DEMO1', 'demo@demo-tech.example', 12, 'customer', 3),
             (9203, 1, 'normal', 0, 200.00, '杭州演示科技有限公司', '91330106MA2H0DEMO1', 'demo@demo-tech.example', 6, 'customer', 3),
             (9204, 1, 'normal', -10, 100.00, '杭州演示科技', '91330106MA2H0DEMO1', 'demo@demo-tech.example', 20, 'customer', 3),
             (9205, 201, 'special', 0, 800.00, '杭州星宇数据服务有限公司', '91330108MA2KXY0211', 'chenxy@xingyu-data.example', 4, 'salesman', 2),
             (9206, 202, 'special', 20, 1000.00, '上海云帆金融信息服务有限公司', '91310115MA1K4B5C6D', 'liuyf@yunfan-fin.example', 9, 'ops', 1),
             (9207, 301, 'normal', 10, 300.00, '上海第二演示数据有限公司', '91310104MA1FDEMO2X', 'ops@demo2-data.example', 5, 'customer', 301),
             (9208, 201, 'normal', 10, 600.00, '杭州星宇数据服务有限公司', '91330108MA2KXY0211', 'chenxy@xingyu-data.example', 8, 'salesman', 2),
             (9209, 201, 'special', 20, 400.00, '杭州星宇数据服务有限公司', '91330108MA2KXY0211', 'chenxy@xingyu-data.example', 30, 'ops', 1)
     ) v(id, dept_id, type, state, amount, header, tin, email, days_ago, source, creator)
join dept_view dv on dv.dept_id = v.dept_id
on conflict do nothing;

insert into invoice_allocation (id, invoice_id, statement_id, statement_no, invoice_amount)
select v.id, v.invoice_id, s.id, s.statement_no, v.amount
from (values (9231, 9201, 9008, 500.00), (9232, 9202, 9008, 300.00), (9233, 9203, 9008, 200.00),
             (9234, 9204, 9008, 100.00), (9235, 9205, 9009, 800.00), (9236, 9206, 9003, 1000.00),
             (9237, 9207, 9004, 300.00), (9238, 9208, 9009, 600.00), (9239, 9209, 9009, 400.00)) v(id, invoice_id, statement_id, amount)
join bill_statement s on s.id = v.statement_id
join invoice i on i.id = v.invoice_id
on conflict do nothing;

-- the statements follow their demo invoices (issued → invoiced; in progress → reserved); only once
update bill_statement s
set invoiced_amount = x.issued, invoicing_amount = x.pending,
    invoice_state = case when x.issued <= 0 then 0 when x.issued >= s.can_invoice_amount then 20 else 10 end,
    invoice_time = x.issued_at
from (select a.statement_id,
             coalesce(sum(a.invoice_amount) filter (where i.state = 20), 0) issued,
             coalesce(sum(a.invoice_amount) filter (where i.state in (0, 10)), 0) pending,
             max(i.invoice_time) issued_at
      from invoice_allocation a join invoice i on i.id = a.invoice_id
      where a.id < 10000 and i.id < 10000 group by a.statement_id) x
where s.id = x.statement_id and s.id < 10000 and s.invoiced_amount = 0 and s.invoicing_amount = 0;

-- invoice headers of the demo customers' users
insert into invoice_header (id, user_id, username, invoice_type, name, tin, email, create_by, create_time, modify_time)
values (9251, 3, 'demo', 'special', '杭州演示科技有限公司', '91330106MA2H0DEMO1', 'finance@demo-tech.example', 1,
        current_date - 40 + time '09:20', current_date - 40 + time '09:20'),
       (9252, 3, 'demo', 'normal', '杭州演示科技有限公司', '91330106MA2H0DEMO1', 'demo@demo-tech.example', 3,
        current_date - 20 + time '09:20', current_date - 6 + time '09:20'),
       (9253, 211, '杭州星宇数据服务有限公司', 'special', '杭州星宇数据服务有限公司', '91330108MA2KXY0211',
        'chenxy@xingyu-data.example', 2, current_date - 30 + time '09:20', current_date - 4 + time '09:20'),
       (9254, 211, '杭州星宇数据服务有限公司', 'normal', '杭州星宇数据服务有限公司', '91330108MA2KXY0211',
        'chenxy@xingyu-data.example', 2, current_date - 8 + time '09:20', current_date - 8 + time '09:20'),
       (9255, 212, '上海云帆金融信息服务有限公司', 'special', '上海云帆金融信息服务有限公司', '91310115MA1K4B5C6D',
        'liuyf@yunfan-fin.example', 1, current_date - 9 + time '09:20', current_date - 9 + time '09:20'),
       (9256, 301, 'demo2', 'normal', '上海第二演示数据有限公司', '91310104MA1FDEMO2X', 'ops@demo2-data.example', 301,
        current_date - 5 + time '09:20', current_date - 5 + time '09:20')
on conflict do nothing;

-- payments received, recorded by sales01 (user 2): 9301 passed (settled BSDEMO9021), 9302/9303/9305 waiting,
-- 9304 rejected
insert into payment (id, payment_no, customer_id, salesman_id, salesman_name, amount, settled_amount, residue_amount,
                     after_debt_amount, state, payment_date, audit_time, audit_by, certificate_list, remark,
                     reject_reason, create_by, create_time, modify_time)
values (9301, 'HKDEMO9301', 1, 2, '王小明', 280.00, 280.00, 0.00, 0.00, 10,
        (date_trunc('month', current_date) - interval '7 month')::date + 5,
        (date_trunc('month', current_date) - interval '7 month')::date + 6 + time '10:00', 1,
        'https://static.nuoerdata.com/payment/HKDEMO9301/bank-receipt.jpg', '对公转账，结清' ||
        to_char(date_trunc('month', current_date) - interval '8 month', 'YYYY-MM') || '账单欠款', null, 2,
        (date_trunc('month', current_date) - interval '7 month')::date + 5 + time '15:00',
        (date_trunc('month', current_date) - interval '7 month')::date + 6 + time '10:00'),
       (9302, 'HKDEMO9302', 1, 2, '王小明', 1000.00, null, null, null, 0, current_date - 3, null, null,
        'https://static.nuoerdata.com/payment/HKDEMO9302/bank-receipt.jpg' || chr(10) ||
        'https://static.nuoerdata.com/payment/HKDEMO9302/transfer-note.pdf', '客户对公转账，含预充值', null, 2,
        current_date - 3 + time '14:10', current_date - 3 + time '14:10'),
       (9303, 'HKDEMO9303', 201, 2, '王小明', 600.00, null, null, null, 0, current_date - 2, null, null,
        'https://static.nuoerdata.com/payment/HKDEMO9303/bank-receipt.jpg', '星宇数据回款', null, 2,
        current_date - 2 + time '11:30', current_date - 2 + time '11:30'),
       (9304, 'HKDEMO9304', 201, 2, '王小明', 2000.00, null, null, null, -10, current_date - 10,
        current_date - 9 + time '10:00', 1, 'https://static.nuoerdata.com/payment/HKDEMO9304/bank-receipt.jpg',
        '星宇数据回款', '回款凭证金额与申请金额不符，请核对银行回单', 2, current_date - 10 + time '16:00',
        current_date - 9 + time '10:00'),
       (9305, 'HKDEMO9305', 1, 2, '王小明', 300.00, null, null, null, 0, current_date - 1, null, null,
        'https://static.nuoerdata.com/payment/HKDEMO9305/bank-receipt.jpg', '演示科技补款', null, 2,
        current_date - 1 + time '09:45', current_date - 1 + time '09:45')
on conflict do nothing;

insert into payment_settle (id, payment_id, statement_id, statement_no, settle_amount, create_by, create_time, modify_time)
select 9401, 9301, s.id, s.statement_no, 280.00, 1, p.audit_time, p.audit_time
from bill_statement s join payment p on p.id = 9301
where s.id = 9021
on conflict do nothing;
