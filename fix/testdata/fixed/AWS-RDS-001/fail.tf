resource "aws_db_instance" "vectors" {
  identifier          = "vectors"
  engine              = "postgres"
  instance_class      = "db.r6g.large"
  publicly_accessible = false # want: AWS-RDS-001 col 25
}

resource "aws_rds_cluster_instance" "member" {
  cluster_identifier  = "chat"
  instance_class      = "db.r6g.large"
  engine              = "aurora-postgresql"
  publicly_accessible = false # want: AWS-RDS-001 col 25
}
