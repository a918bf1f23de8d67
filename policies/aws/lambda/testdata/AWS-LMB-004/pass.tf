variable "subnets" {}

resource "aws_lambda_function" "tool" {
  function_name = "agent-tool"
  role          = "arn:aws:iam::123456789012:role/tool"
  handler       = "app.handler"
  runtime       = "python3.12"
  filename      = "tool.zip"

  vpc_config {
    subnet_ids         = ["subnet-0a1b2c3d"]
    security_group_ids = ["sg-0a1b2c3d"]
  }
}

resource "aws_lambda_function" "unknown" {
  function_name = "agent-tool-2"
  role          = "arn:aws:iam::123456789012:role/tool"
  handler       = "app.handler"
  runtime       = "python3.12"
  filename      = "tool.zip"

  vpc_config {
    subnet_ids         = var.subnets
    security_group_ids = ["sg-0a1b2c3d"]
  }
}
