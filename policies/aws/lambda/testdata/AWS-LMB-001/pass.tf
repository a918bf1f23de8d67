variable "auth" {}

resource "aws_lambda_function_url" "chat" {
  function_name      = "chat-backend"
  authorization_type = "AWS_IAM"
}

resource "aws_lambda_function_url" "unknown" {
  function_name      = "tool"
  authorization_type = var.auth
}
