resource "aws_db_instance" "vectors" { # want: AWS-RDS-005 col 1
  identifier     = "vectors"
  engine         = "postgres"
  instance_class = "db.r6g.large"
}

resource "aws_rds_cluster" "chat" {
  cluster_identifier              = "chat"
  engine                          = "aurora-mysql"
  enabled_cloudwatch_logs_exports = [] # want: AWS-RDS-005 col 37
}
