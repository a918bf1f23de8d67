resource "aws_sns_topic" "jobs" {
  name = "training-jobs"
}

resource "aws_sns_topic_policy" "jobs" {
  arn = aws_sns_topic.jobs.arn
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "sns:Publish"
      Resource  = "*"
      Condition = { StringEquals = { "aws:SourceAccount" = "123456789012" } }
    }]
  })
}
