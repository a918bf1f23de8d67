resource "aws_sns_topic" "jobs" {
  name = "training-jobs"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{ # want: AWS-SNS-002 col 18
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = ["sns:Subscribe", "sns:Publish"]
      Resource  = "*"
    }]
  })
}
