resource "aws_secretsmanager_secret" "openai" { # want: AWS-SEC-002 col 1
  name = "openai-api-key"
}
