resource "aws_lambda_function_url" "chat" {
  function_name      = "chat-backend"
  authorization_type = "AWS_IAM" # want: AWS-LMB-001 col 24
}
