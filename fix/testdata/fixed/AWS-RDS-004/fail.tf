resource "aws_db_instance" "vectors" { # want: AWS-RDS-004 col 1
  identifier          = "vectors"
  engine              = "postgres"
  instance_class      = "db.r6g.large"
  deletion_protection = true
}

resource "aws_rds_cluster" "chat" {
  cluster_identifier  = "chat"
  engine              = "aurora-postgresql"
  deletion_protection = true # want: AWS-RDS-004 col 25
}
