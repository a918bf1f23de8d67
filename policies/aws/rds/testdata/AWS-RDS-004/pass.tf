resource "aws_db_instance" "vectors" {
  identifier          = "vectors"
  engine              = "postgres"
  instance_class      = "db.r6g.large"
  deletion_protection = true
}
