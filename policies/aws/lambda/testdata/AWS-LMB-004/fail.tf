resource "aws_lambda_function" "tool" { # want: AWS-LMB-004 col 1
  function_name = "agent-tool"
  role          = "arn:aws:iam::123456789012:role/tool"
  handler       = "app.handler"
  runtime       = "python3.12"
  filename      = "tool.zip"
}

resource "aws_lambda_function" "empty" {
  function_name = "agent-tool-2"
  role          = "arn:aws:iam::123456789012:role/tool"
  handler       = "app.handler"
  runtime       = "python3.12"
  filename      = "tool.zip"

  vpc_config {
    subnet_ids         = [] # want: AWS-LMB-004 col 26
    security_group_ids = []
  }
}
