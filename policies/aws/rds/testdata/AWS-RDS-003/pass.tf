variable "engine" {}

resource "aws_db_instance" "vectors" {
  identifier                          = "vectors"
  engine                              = "postgres"
  instance_class                      = "db.r6g.large"
  iam_database_authentication_enabled = true
}

# IAM authentication is not available for SQL Server or Oracle.
resource "aws_db_instance" "mssql" {
  identifier     = "legacy"
  engine         = "sqlserver-se"
  instance_class = "db.m5.large"
}

resource "aws_db_instance" "unknown" {
  identifier     = "unknown"
  engine         = var.engine
  instance_class = "db.m5.large"
}
