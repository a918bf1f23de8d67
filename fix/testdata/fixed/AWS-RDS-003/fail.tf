resource "aws_db_instance" "vectors" { # want: AWS-RDS-003 col 1
  identifier                          = "vectors"
  engine                              = "postgres"
  instance_class                      = "db.r6g.large"
  iam_database_authentication_enabled = true
}

resource "aws_rds_cluster" "chat" {
  cluster_identifier                  = "chat"
  engine                              = "aurora-mysql"
  iam_database_authentication_enabled = true # want: AWS-RDS-003 col 41
}
