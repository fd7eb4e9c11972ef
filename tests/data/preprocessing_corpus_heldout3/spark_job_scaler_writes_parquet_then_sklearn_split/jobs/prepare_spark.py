from pyspark.sql import SparkSession
from pyspark.ml.feature import VectorAssembler, StandardScaler
from pyspark.ml.functions import vector_to_array

spark = SparkSession.builder.appName("prep").getOrCreate()
df = spark.read.csv("s3a://lake/energy/household.csv", header=True, inferSchema=True)
vec = VectorAssembler(inputCols=["kwh_lag1", "kwh_lag24", "temp"], outputCol="raw").transform(df)
scaled = StandardScaler(inputCol="raw", outputCol="z", withMean=True).fit(vec).transform(vec)
scaled.select(vector_to_array("z").alias("z"), "kwh").write.mode("overwrite").parquet("s3a://lake/energy/features/")
