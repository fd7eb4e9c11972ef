from pyspark.sql import SparkSession
from pyspark.ml import Pipeline
from pyspark.ml.feature import VectorAssembler, StandardScaler, PCA
from pyspark.ml.regression import LinearRegression

spark = SparkSession.builder.getOrCreate()
songs = spark.read.parquet("million_song_subset.parquet")
prep = Pipeline(stages=[VectorAssembler(inputCols=[f"timbre_{i}" for i in range(12)], outputCol="raw"), StandardScaler(inputCol="raw", outputCol="std", withMean=True), PCA(k=8, inputCol="std", outputCol="features")])
prepared = prep.fit(songs).transform(songs)
train, test = prepared.randomSplit([0.9, 0.1], seed=5)
lr = LinearRegression(labelCol="year").fit(train)
print(lr.evaluate(test).r2)
