resource "aws_secretsmanager_secret" "db" {
  name = "rag-db"
}

resource "aws_secretsmanager_secret_rotation" "db" {
  secret_id           = aws_secretsmanager_secret.db.id
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:123456789012:function:rotate-db"

  rotation_rules {
    automatically_after_days = 30
  }
}
