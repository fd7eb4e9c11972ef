from pyspark.sql import SparkSession
from pyspark.ml.feature import StringIndexer, OneHotEncoder, VectorAssembler
from pyspark.ml.classification import LogisticRegression
from pyspark.ml.evaluation import BinaryClassificationEvaluator

spark = SparkSession.builder.getOrCreate()
bank = spark.read.csv("bank_additional_full.csv", header=True, inferSchema=True, sep=";")
indexer = StringIndexer(inputCols=["job", "marital", "education"], outputCols=["job_ix", "marital_ix", "education_ix"])
bank = indexer.fit(bank).transform(bank)
bank = OneHotEncoder(inputCols=["job_ix", "marital_ix", "education_ix"], outputCols=["job_oh", "marital_oh", "education_oh"], dropLast=True).fit(bank).transform(bank)
bank = VectorAssembler(inputCols=["age", "duration", "job_oh", "marital_oh", "education_oh"], outputCol="features").transform(bank)
bank = StringIndexer(inputCol="y", outputCol="label").fit(bank).transform(bank)
train, test = bank.randomSplit([0.7, 0.3], seed=42)
lr = LogisticRegression().fit(train)
print(BinaryClassificationEvaluator().evaluate(lr.transform(test)))
