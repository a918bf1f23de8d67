resource "aws_lambda_permission" "url" {
  statement_id           = "FunctionURLAllowPublicAccess"
  action                 = "lambda:InvokeFunctionUrl"
  function_name          = "chat-backend"
  principal              = "*" # want: AWS-LMB-002 col 28
  function_url_auth_type = "NONE"
}
