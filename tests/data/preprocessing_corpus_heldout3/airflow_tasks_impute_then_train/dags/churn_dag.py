from datetime import datetime
from airflow import DAG
from airflow.operators.python import PythonOperator
from tasks.prep import clean_features
from tasks.model import fit_and_score

with DAG("churn_weekly", start_date=datetime(2024, 1, 1), schedule="@weekly", catchup=False) as dag:
    prep = PythonOperator(task_id="clean", python_callable=clean_features, op_kwargs={"src": "/data/bank_churn.csv", "dst": "/data/clean.pkl"})
    train = PythonOperator(task_id="train", python_callable=fit_and_score, op_kwargs={"src": "/data/clean.pkl"})
    prep >> train
