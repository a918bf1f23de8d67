resource "aws_secretsmanager_secret" "openai" { # want: AWS-SEC-001 col 1
  name = "openai-api-key"
}
