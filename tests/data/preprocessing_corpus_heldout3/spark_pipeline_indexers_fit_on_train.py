from pyspark.sql import SparkSession
from pyspark.ml import Pipeline
from pyspark.ml.feature import StringIndexer, OneHotEncoder, VectorAssembler
from pyspark.ml.classification import LogisticRegression
from pyspark.ml.evaluation import BinaryClassificationEvaluator

spark = SparkSession.builder.getOrCreate()
bank = spark.read.csv("bank_additional_full.csv", header=True, inferSchema=True, sep=";")
train, test = bank.randomSplit([0.7, 0.3], seed=42)
stages = [
    StringIndexer(inputCols=["job", "marital", "education"], outputCols=["job_ix", "marital_ix", "education_ix"], handleInvalid="keep"),
    OneHotEncoder(inputCols=["job_ix", "marital_ix", "education_ix"], outputCols=["job_oh", "marital_oh", "education_oh"]),
    VectorAssembler(inputCols=["age", "duration", "job_oh", "marital_oh", "education_oh"], outputCol="features"),
    StringIndexer(inputCol="y", outputCol="label"),
    LogisticRegression(),
]
model = Pipeline(stages=stages).fit(train)
print(BinaryClassificationEvaluator().evaluate(model.transform(test)))
