-- First start of the PostgreSQL container (docker-entrypoint-initdb.d): one database per service
-- (local-infra LocalTopology.DATABASES). Each service's Flyway creates its tables on its first start.
CREATE DATABASE nuoer_portal;
CREATE DATABASE nuoer_customer;
CREATE DATABASE nuoer_billing;
CREATE DATABASE nuoer_wallet;
CREATE DATABASE nuoer_apicall;
CREATE DATABASE nuoer_sales;
CREATE DATABASE nuoer_contract;
