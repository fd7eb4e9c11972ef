from pyspark.ml.feature import StandardScaler, VectorAssembler
from pyspark.sql import SparkSession

spark = SparkSession.builder.appName("features").getOrCreate()
raw = spark.read.csv("churn.csv", header=True, inferSchema=True)
assembled = VectorAssembler(inputCols=["tenure", "monthly", "total"], outputCol="raw_features").transform(raw)
scaler = StandardScaler(inputCol="raw_features", outputCol="features").fit(assembled)
scaler.transform(assembled).write.mode("overwrite").parquet("churn_features.parquet")
