resource "aws_ecs_task_definition" "gpu" {
  family                = "gpu"
  network_mode          = "host" # want: AWS-ECS-003 col 27
  container_definitions = jsonencode([{ name = "trainer", image = "trainer:1" }])
}
