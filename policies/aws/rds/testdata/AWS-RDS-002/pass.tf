resource "aws_db_instance" "vectors" {
  identifier        = "vectors"
  engine            = "postgres"
  instance_class    = "db.r6g.large"
  storage_encrypted = true
}

resource "aws_db_instance" "replica" {
  identifier          = "vectors-replica"
  instance_class      = "db.r6g.large"
  replicate_source_db = aws_db_instance.vectors.identifier
}

resource "aws_rds_cluster" "serverless_v1" {
  cluster_identifier = "chat"
  engine             = "aurora-postgresql"
  engine_mode        = "serverless"
}

# Terraform converts the string to the attribute's bool type.
resource "aws_db_instance" "string_bool" {
  identifier        = "vectors-2"
  engine            = "postgres"
  instance_class    = "db.r6g.large"
  storage_encrypted = "true"
}
