resource "aws_lambda_function" "rag" {
  function_name = "rag-query"
  role          = "arn:aws:iam::123456789012:role/rag"
  handler       = "app.handler"
  runtime       = "python3.12"
  filename      = "rag.zip"

  environment {
    variables = {
      OPENAI_API_KEY = "sk-proj-4f9a2c7e1b8d" # want: AWS-LMB-003 col 24
      DB_PASSWORD    = "s3cr3t-Passw0rd" # want: AWS-LMB-003 col 24
      LOG_LEVEL      = "INFO"
      LEGACY_CONFIG  = "id=AKIAIOSFODNN7EXAMPLE" # want: AWS-LMB-003 col 24
    }
  }
}
