-- payment numbers HK<yyyyMMddHHmmss><4 digits>: the digits come from this sequence (they were random, and two
-- payments added in the same second collided on payment_no's unique constraint about once in 10,000 pairs)
create sequence if not exists payment_no_seq;
