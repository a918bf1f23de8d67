resource "aws_vpc" "training" {
  cidr_block = "10.20.0.0/16"
}

resource "aws_cloudwatch_log_group" "flow" {
  name = "/vpc/training"
}

resource "aws_flow_log" "training" {
  vpc_id          = aws_vpc.training.id
  traffic_type    = "ALL"
  log_destination = aws_cloudwatch_log_group.flow.arn
  iam_role_arn    = "arn:aws:iam::123456789012:role/flow-logs"
}
