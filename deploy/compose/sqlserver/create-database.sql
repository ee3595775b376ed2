-- Run by the sqlserver-init service (sqlcmd, as sa) before `migrate`; safe to run again. The migrations then
-- create the module schemas inside this database (GovServices.Host migrate).
IF DB_ID(N'govservices') IS NULL
    CREATE DATABASE govservices;
GO

IF SUSER_ID(N'govservices') IS NULL
    CREATE LOGIN govservices WITH PASSWORD = N'$(GOVSERVICES_DB_PASSWORD)', DEFAULT_DATABASE = govservices, CHECK_POLICY = ON;
ELSE
    ALTER LOGIN govservices WITH PASSWORD = N'$(GOVSERVICES_DB_PASSWORD)';
GO

USE govservices;
GO

IF USER_ID(N'govservices') IS NULL
    CREATE USER govservices FOR LOGIN govservices;
ALTER ROLE db_owner ADD MEMBER govservices;
GO
