variable "api_key" {}

resource "aws_secretsmanager_secret" "openai" {
  name = "openai"
}

resource "aws_lambda_function" "rag" {
  function_name = "rag-query"
  role          = "arn:aws:iam::123456789012:role/rag"
  handler       = "app.handler"
  runtime       = "python3.12"
  filename      = "rag.zip"

  environment {
    variables = {
      OPENAI_API_KEY_SECRET_ARN = aws_secretsmanager_secret.openai.arn
      DB_PASSWORD_PARAMETER     = "/rag/db/password"
      TOKEN_URL                 = "https://auth.example.com/token"
      API_KEY                   = var.api_key
      SECRET_ROTATION           = "true"
      ANTHROPIC_API_KEY         = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:anthropic"
    }
  }
}
