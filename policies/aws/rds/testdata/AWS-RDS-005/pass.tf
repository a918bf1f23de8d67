variable "exports" {}

resource "aws_db_instance" "vectors" {
  identifier                      = "vectors"
  engine                          = "postgres"
  instance_class                  = "db.r6g.large"
  enabled_cloudwatch_logs_exports = ["postgresql", "upgrade"]
}

resource "aws_rds_cluster" "chat" {
  cluster_identifier              = "chat"
  engine                          = "aurora-mysql"
  enabled_cloudwatch_logs_exports = var.exports
}
