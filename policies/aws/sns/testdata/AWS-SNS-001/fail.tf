resource "aws_sns_topic" "jobs" { # want: AWS-SNS-001 col 1
  name = "training-jobs"
}
