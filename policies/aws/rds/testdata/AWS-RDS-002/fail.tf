resource "aws_db_instance" "vectors" { # want: AWS-RDS-002 col 1
  identifier     = "vectors"
  engine         = "postgres"
  instance_class = "db.r6g.large"
}

resource "aws_rds_cluster" "chat" {
  cluster_identifier = "chat"
  engine             = "aurora-postgresql"
  storage_encrypted  = false # want: AWS-RDS-002 col 24
}
